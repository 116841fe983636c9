package org.glassbox.ui.disclosure;

import java.net.URI;
import java.util.Optional;

import org.glassbox.command.disclosure.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The public registry's address: {@code glassbox.public.base-url} when set (checked at start: an
 * absolute http or https address, nothing after the path). Unset, the demo follows the port this
 * application actually listens on, so its notices' links work on whatever port it was started;
 * anywhere else there is none, and publishing is refused until an administrator sets it.
 */
@Component
public class ConfiguredPublicAddress implements PublicAddress {
    private final String configured;
    private final boolean demo;
    volatile int port;

    ConfiguredPublicAddress(@Value("${glassbox.public.base-url:}") String configured, Environment environment) {
        this.configured = configured.isBlank() ? null : checked(configured.strip().replaceAll("/+$", ""));
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    static String checked(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("glassbox.public.base-url is not an address: " + e.getMessage());
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalStateException("glassbox.public.base-url must be an http or https address such as "
                    + "https://notices.exchange.example, without query or fragment; it is '" + address + "'");
        }
        return address;
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public Optional<String> base() {
        if (configured != null) {
            return Optional.of(configured);
        }
        return demo && port > 0 ? Optional.of("http://localhost:" + port) : Optional.empty();
    }

    /** For the administrator's page: the address and where it comes from. */
    public String describe() {
        if (configured != null) {
            return configured + " (set by glassbox.public.base-url)";
        }
        return base().map(a -> a + " (the demo's own address; set glassbox.public.base-url for a real one)")
                .orElse("Not set: notices cannot be published until glassbox.public.base-url "
                        + "(GLASSBOX_PUBLIC_BASE_URL) names the public registry's address");
    }
}
