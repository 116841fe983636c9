package org.glassbox.ui.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Where published notices point: configured, the demo's own port, or nowhere (and nothing is published). */
class ConfiguredPublicAddressTest {

    private static MockEnvironment profiles(String... active) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(active);
        return environment;
    }

    @Test
    void outsideTheDemoThereIsNoAddressUntilOneIsConfigured() {
        ConfiguredPublicAddress address = new ConfiguredPublicAddress("", profiles("prod"));
        address.port = 8443;
        assertThat(address.base()).isEmpty();
        assertThat(address.describe()).startsWith("Not set: notices cannot be published")
                .contains("glassbox.public.base-url");
    }

    @Test
    void theDemoFollowsThePortItListensOn() {
        ConfiguredPublicAddress address = new ConfiguredPublicAddress("", profiles("demo"));
        assertThat(address.base()).as("not listening yet").isEmpty();
        address.port = 8091;
        assertThat(address.base()).contains("http://localhost:8091");
    }

    @Test
    void aConfiguredAddressWinsEverywhereWithoutItsTrailingSlash() {
        ConfiguredPublicAddress address = new ConfiguredPublicAddress(" https://notices.exchange.example/ ",
                profiles("demo"));
        address.port = 8091;
        assertThat(address.base()).contains("https://notices.exchange.example");
        assertThat(address.describe()).isEqualTo("https://notices.exchange.example (set by glassbox.public.base-url)");
    }

    @Test
    void anAddressThatIsNoWebAddressStopsTheStart() {
        for (String wrong : new String[] {"notices.exchange.example", "ftp://notices.example", "https://x.example/?a=1",
                "https://user@x.example", "https://x.example/#top", "http://"}) {
            assertThatThrownBy(() -> new ConfiguredPublicAddress(wrong, profiles()))
                    .as(wrong).isInstanceOf(IllegalStateException.class).hasMessageContaining("glassbox.public.base-url");
        }
    }
}
