package org.glassbox.ui.publicsite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The public registry's HTML, server-rendered with Pebble (the engine of the notice templates),
 * escaped for HTML. Plain pages without a session, so they can be cached by anyone in between.
 */
@Component
public class PublicPages {
    private final PebbleEngine engine;
    private final String exchange;

    public PublicPages(@Value("${glassbox.notices.exchange-name:Example Exchange}") String exchange) {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("public/");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .extension(new Times()).build();
        this.exchange = exchange;
    }

    String render(String page, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("exchange", exchange);
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(page).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A page of the public site saying what went wrong, in words, with the way back to the notices. */
    public String problem(String title, String message) {
        return render("problem", Map.of("title", title, "message", message));
    }

    String exchange() {
        return exchange;
    }

    /** {@code {{ instant | utc }}}: a time as people read it, "2026-12-02 06:20 UTC", as the staff screens write it. */
    static final class Times extends AbstractExtension {
        private static final DateTimeFormatter UTC = DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("utc", new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of();
                }

                @Override
                public Object apply(Object input, Map<String, Object> args,
                        PebbleTemplate self,
                        EvaluationContext context, int lineNumber) {
                    return input instanceof Instant instant ? UTC.format(instant) : input;
                }
            });
        }
    }
}
