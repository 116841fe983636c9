package org.glassbox.ui.publicsite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glassbox.query.shared.Words;
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
        // Not under classpath:/public/, which Spring serves as static files: the templates are not pages.
        loader.setPrefix("public-pages/");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .extension(new Times()).build();
        this.exchange = exchange;
    }

    String render(String page, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("exchange", exchange);
        context.put("icon", org.glassbox.ui.GlassboxApplication.ICON);
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

    /**
     * Public pages word things as the staff screens do: {@code {{ instant | utc }}} is "2026-12-02 06:20 UTC",
     * {@code {{ scope | words }}} is "full" rather than FULL.
     */
    static final class Times extends AbstractExtension {

        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("utc", filter(input -> input instanceof Instant instant ? Words.of(instant) : input),
                    "words", filter(input -> input instanceof Enum<?> value ? Words.of(value) : input));
        }

        private static Filter filter(java.util.function.UnaryOperator<Object> wording) {
            return new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of();
                }

                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                        EvaluationContext context, int lineNumber) {
                    return wording.apply(input);
                }
            };
        }
    }
}
