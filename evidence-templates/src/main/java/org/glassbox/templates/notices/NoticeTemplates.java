package org.glassbox.templates.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.shared.Behaviour;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The texts notices start from: Pebble files a compliance team edits ({@code notices/<name>.peb}),
 * one per behaviour that needs its own wording, a default, and one for retractions. Placeholders are
 * strict: a template naming anything the facts do not have is refused when the application starts,
 * with the file and the placeholder named, not discovered when a notice is drafted.
 */
public final class NoticeTemplates {
    public static final String CLASSPATH_DIRECTORY = "/glassbox/templates/notices/";
    public static final String DEFAULT = "default";
    public static final String RETRACTION = "retraction";
    /** The templates the application knows how to choose; a directory may replace any of them. */
    public static final List<String> NAMES = List.of(DEFAULT, RETRACTION, "referred-to-regulator",
            "post-listing-dump", "wash-trading", "spoofing", "layering", "pump-and-dump", "kpi-breach");

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder().loader(new StringLoader())
            .strictVariables(true).autoEscaping(false).newLineTrimming(false).build();

    private final Map<String, PebbleTemplate> templates;

    private NoticeTemplates(Map<String, PebbleTemplate> templates) {
        this.templates = templates;
    }

    /** The templates shipped inside the application. */
    public static NoticeTemplates bundled() {
        return load(name -> {
            try (InputStream in = NoticeTemplates.class.getResourceAsStream(CLASSPATH_DIRECTORY + name + ".peb")) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }, "classpath:" + CLASSPATH_DIRECTORY);
    }

    /** Templates from {@code notices/} in a directory; a file missing there is taken from the bundled set. */
    public static NoticeTemplates fromDirectory(Path directory) {
        Path notices = directory.resolve("notices");
        return load(name -> {
            Path file = notices.resolve(name + ".peb");
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            try (InputStream in = NoticeTemplates.class.getResourceAsStream(CLASSPATH_DIRECTORY + name + ".peb")) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }, notices.toString());
    }

    interface Source {
        String read(String name) throws IOException;
    }

    static NoticeTemplates load(Source source, String where) {
        Map<String, PebbleTemplate> loaded = new LinkedHashMap<>();
        for (String name : NAMES) {
            String text;
            try {
                text = source.read(name);
            } catch (IOException e) {
                throw new InvalidTemplate(where + "/" + name + ".peb: cannot be read (" + e.getMessage() + ")");
            }
            if (text == null) {
                continue;
            }
            loaded.put(name, parse(name, text, where));
        }
        for (String required : List.of(DEFAULT, RETRACTION)) {
            if (!loaded.containsKey(required)) {
                throw new InvalidTemplate(where + "/" + required + ".peb: is missing; every notice falls back to it");
            }
        }
        return new NoticeTemplates(loaded);
    }

    /** Parses one template and renders it once with every placeholder a notice offers, to find strangers. */
    public static PebbleTemplate parse(String name, String text, String where) {
        try {
            PebbleTemplate template = ENGINE.getTemplate(text);
            for (NoticeKind kind : NoticeKind.values()) {
                template.evaluate(new StringWriter(), context(SAMPLE, kind, "GBX-2026-000001-N1"));
            }
            return template;
        } catch (PebbleException | IOException e) {
            throw new InvalidTemplate(where + "/" + name + ".peb: " + e.getMessage().replace("(?:?)", "").strip());
        }
    }

    /**
     * The template for a notice: retractions have their own; a case referred to a regulator has its own
     * (the finding is the regulator's to state); else the first finding that has one; else the default.
     */
    public String choose(NoticeKind kind, List<Behaviour> found, ClosureOutcome outcome) {
        if (kind == NoticeKind.RETRACTION) {
            return RETRACTION;
        }
        if (outcome == ClosureOutcome.REFERRED_TO_REGULATOR && templates.containsKey("referred-to-regulator")) {
            return "referred-to-regulator";
        }
        return found.stream().sorted().map(NoticeTemplates::fileName).filter(templates::containsKey).findFirst()
                .orElse(DEFAULT);
    }

    public String render(String templateId, NoticeFacts facts, NoticeKind kind, String supersedesReference) {
        PebbleTemplate template = templates.get(templateId);
        if (template == null) {
            throw new IllegalArgumentException("No notice template " + templateId);
        }
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, context(facts, kind, supersedesReference));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().strip().replaceAll("\\n{3,}", "\n\n");
    }

    static String fileName(Behaviour behaviour) {
        return behaviour.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every placeholder a template may use; optional ones are empty, never missing. */
    static Map<String, Object> context(NoticeFacts facts, NoticeKind kind, String supersedes) {
        KeyFigures figures = facts.figures();
        Map<String, Object> context = new HashMap<>();
        context.put("kind", kind.name());
        context.put("supersedes", supersedes == null ? "" : supersedes);
        context.put("caseReference", facts.caseReference());
        context.put("marketMaker", facts.marketMakerName());
        context.put("markets", facts.markets());
        context.put("behaviours", facts.behavioursFound().stream().map(NoticeTemplates::words).toList());
        context.put("period", figures.period());
        context.put("volume", orEmpty(figures.volume()));
        context.put("shareOfVolume", orEmpty(figures.shareOfVolume()));
        context.put("priceImpact", orEmpty(figures.priceImpact()));
        context.put("compensation", orEmpty(figures.compensation()));
        context.put("offboarded", figures.offboarded());
        context.put("outcome", facts.outcome() == null ? "" : words(facts.outcome()));
        context.put("accounts", facts.maskedAccounts());
        context.put("accountCount", facts.maskedAccounts().size());
        List<Map<String, Object>> freezes = new ArrayList<>();
        for (DisclosedFreeze freeze : facts.freezes()) {
            freezes.add(Map.of("accounts", freeze.maskedAccounts(), "scope", words(freeze.scope()),
                    "proceeds", freeze.amounts().stream().map(a -> a.amount().toPlainString() + " " + a.asset())
                            .collect(Collectors.joining(", "))));
        }
        context.put("freezes", freezes);
        context.put("evidenceCount", facts.evidence().size());
        List<Map<String, Object>> analyses = new ArrayList<>();
        for (org.glassbox.api.disclosure.CitedAnalysis a : facts.analyses()) {
            analyses.add(Map.of("method", a.method(), "version", a.methodVersion(), "title", a.title(),
                    "description", a.description(), "digest", a.publicDigest() == null ? a.resultDigest() : a.publicDigest(),
                    "figures", a.figures().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))));
        }
        context.put("analyses", analyses);
        context.put("analysisCount", analyses.size());
        return context;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("kpi", "KPI");
    }

    /** Facts with every field filled, to try each template against at start. */
    static final NoticeFacts SAMPLE = new NoticeFacts("GBX-2026-000001", "Sample Liquidity", List.of("GPSUSDT"),
            List.of(Behaviour.POST_LISTING_DUMP), ClosureOutcome.SANCTIONED, List.of("****0234"),
            new KeyFigures("1-2 March 2026", "70M GPS", "62%", "-31%", "Users compensated", true),
            List.of(new DisclosedFreeze("f", List.of("****0234"), FreezeScope.FULL,
                    List.of(new HeldAmount("USDT", BigDecimal.ONE)))),
            List.of(new DisclosedEvidence("i", "Sample", "ANALYSIS", "00".repeat(32))),
            List.of(new org.glassbox.api.disclosure.CitedAnalysis("r", "D1", "1", "Dumping after listing",
                    "Measures what the market maker sold.", "11".repeat(32), Map.of("soldQty", "70000000.00"),
                    "22".repeat(32))));

    /** A notice template that cannot be used, with the file and the reason. */
    public static final class InvalidTemplate extends RuntimeException {
        public InvalidTemplate(String message) {
            super(message);
        }
    }
}
