package org.glassbox.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * Looks at a screen the way a reader of the issue did: every visible text outside a details area is
 * searched for what only a programmer reads (enum codes, class and event type names, raw UUIDs, ISO
 * timestamps), and every visible element for text cut off by its box, a table wider than its box or a
 * page that scrolls sideways. Each screen is photographed; {@link #writeReport} writes one HTML page of
 * all of them with what was found on each.
 */
public final class ScreenSweep {

    /** One screen looked at: where, its photograph (relative to the report) and what was wrong on it. */
    public record Screen(String role, int width, String name, String shot, List<String> findings) {
    }

    // Runs in the page: answers one line per problem. Texts inside <details>/<vaadin-details> are the
    // raw record an auditor opens on purpose, so they are left out.
    private static final String LOOK = """
            ([enumConstants, typeNames]) => {
              const found = [];
              const skipped = el => el.closest('details, vaadin-details, script, style, noscript, textarea');
              const shown = el => {
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
              };
              const where = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
              const cut = text => text.replace(/\\s+/g, ' ').trim().slice(0, 90);
              const codes = /\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b/;
              const camel = /\\b(?:[A-Z][a-z0-9]+){3,}\\b/;
              const packages = /\\b(?:org|java|com|jakarta)\\.[a-z]+\\.[A-Za-z.]+|\\w+Exception\\b/;
              const uuid = /\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b/i;
              const iso = /\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}/;
              const words = /\\b[A-Z][A-Z_]{3,}\\b/g;
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const el = node.parentElement;
                const text = node.textContent;
                if (!el || !text.trim() || skipped(el) || !shown(el)) continue;
                const say = what => found.push(what + ' in ' + where(el) + ': "' + cut(text) + '"');
                if (codes.test(text)) say('an enum code');
                for (const w of text.match(words) || []) if (enumConstants.includes(w)) say('the enum constant ' + w);
                for (const t of typeNames) if (new RegExp('\\\\b' + t + '\\\\b').test(text)) say('the type name ' + t);
                if (camel.test(text) || packages.test(text)) say('a class name');
                if (uuid.test(text)) say('a raw UUID');
                if (iso.test(text)) say('an ISO timestamp');
              }
              for (const el of document.body.querySelectorAll('*')) {
                if (skipped(el) || !shown(el) || !el.textContent.trim()) continue;
                const style = getComputedStyle(el);
                const clips = style.textOverflow === 'ellipsis' || ['hidden', 'clip'].includes(style.overflowX);
                if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
                  found.push('text cut off in ' + where(el) + ': "' + cut(el.textContent) + '"');
                }
              }
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                if (shown(grid) && table && table.scrollWidth > table.clientWidth + 1) {
                  found.push('a table wider than its box (' + table.scrollWidth + ' > ' + table.clientWidth
                      + ' px) in ' + where(grid));
                }
              }
              const page = document.scrollingElement;
              if (page && page.scrollWidth > window.innerWidth + 1) {
                found.push('the page scrolls sideways (' + page.scrollWidth + ' > ' + window.innerWidth + ' px)');
              }
              return [...new Set(found)];
            }""";

    // Vaadin answers clicks over the network; a screen is looked at once no request is on its way.
    private static final String SETTLED = """
            () => !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""";

    private final Path dir;
    private final List<String> enumConstants;
    private final List<String> typeNames;
    private final List<Screen> screens = new ArrayList<>();

    /**
     * @param enums whose constants must never be shown as they are (UNDER_INVESTIGATION, FLAGGED)
     * @param typeNames the simple names of the stored event types (AccountFreezeRequested)
     */
    public ScreenSweep(Path dir, Collection<Class<? extends Enum<?>>> enums, Collection<String> typeNames) {
        this.dir = dir;
        this.enumConstants = enums.stream().flatMap(e -> Arrays.stream(e.getEnumConstants()))
                .map(Enum::name).filter(n -> n.length() > 3).distinct().toList();
        this.typeNames = List.copyOf(typeNames);
    }

    /** Waits until the page is quiet, then looks at it and photographs it. */
    public synchronized Screen look(Page page, String role, int width, String name) {
        settle(page);
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) page.evaluate(LOOK, List.of(enumConstants, typeNames));
        String shot = role + "/" + width + "/" + String.format("%02d", screens.stream()
                .filter(s -> s.role().equals(role) && s.width() == width).count() + 1) + "-"
                + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".png";
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(shot)).setFullPage(true));
        Screen screen = new Screen(role, width, name, shot, List.copyOf(findings));
        screens.add(screen);
        return screen;
    }

    public static void settle(Page page) {
        page.waitForFunction(SETTLED);
        // Grids and charts draw the rows and series that just arrived on the next frames.
        page.waitForTimeout(250);
        page.waitForFunction(SETTLED);
    }

    public synchronized List<Screen> screens() {
        return List.copyOf(screens);
    }

    /** Every problem found, one line each, naming the role, width and screen. */
    public synchronized List<String> problems(String role) {
        return screens.stream().filter(s -> s.role().equals(role))
                .flatMap(s -> s.findings().stream().map(f -> s.role() + " at " + s.width() + " px, " + s.name() + ": " + f))
                .toList();
    }

    /** One HTML page with every photograph and its findings: target/e2e/sweep/index.html. */
    public synchronized Path writeReport() {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><meta charset="utf-8"><title>Glassbox screens</title>
                <style>body{font:14px system-ui;margin:2em}figure{display:inline-block;width:30em;margin:1em;vertical-align:top}
                img{width:100%;border:1px solid #ccc}.bad{color:#b00}</style><h1>Every screen, per role, at 1280 and 1440 px</h1>
                """);
        Map<String, List<Screen>> byRole = new java.util.LinkedHashMap<>();
        screens.forEach(s -> byRole.computeIfAbsent(s.role(), r -> new ArrayList<>()).add(s));
        byRole.forEach((role, list) -> {
            html.append("<h2>").append(role).append("</h2>");
            for (Screen s : list) {
                html.append("<figure><a href=\"").append(s.shot()).append("\"><img src=\"").append(s.shot())
                        .append("\" alt=\"\"></a><figcaption>").append(s.width()).append(" px: ").append(escape(s.name()));
                if (s.findings().isEmpty()) {
                    html.append(" - nothing found");
                }
                s.findings().forEach(f -> html.append("<div class=bad>").append(escape(f)).append("</div>"));
                html.append("</figcaption></figure>");
            }
        });
        Path index = dir.resolve("index.html");
        try {
            Files.createDirectories(dir);
            Files.writeString(index, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
