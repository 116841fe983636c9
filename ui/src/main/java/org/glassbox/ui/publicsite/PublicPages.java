package org.glassbox.ui.publicsite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The public registry's HTML, server-rendered with Pebble (the engine of the notice templates),
 * escaped for HTML. Plain pages without a session, so they can be cached by anyone in between.
 */
@Component
class PublicPages {
    private final PebbleEngine engine;
    private final String exchange;

    PublicPages(@Value("${glassbox.notices.exchange-name:Example Exchange}") String exchange) {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("public/");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .build();
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

    String exchange() {
        return exchange;
    }
}
