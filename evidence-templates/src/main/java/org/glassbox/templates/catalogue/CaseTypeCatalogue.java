package org.glassbox.templates.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.shared.Behaviour;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The case type catalogue: for every behaviour a case can allege, its title, what it means, and the
 * evidence an investigation needs. Read from YAML that compliance edits; a catalogue that is
 * incomplete or names unknown things is refused as a whole, with every problem listed.
 */
public final class CaseTypeCatalogue {
    public static final String CLASSPATH_LOCATION = "/glassbox/templates/behaviours.yaml";

    private final Map<Behaviour, BehaviourType> types;

    private CaseTypeCatalogue(Map<Behaviour, BehaviourType> types) {
        this.types = types;
    }

    /** One behaviour as the catalogue describes it. */
    public record BehaviourType(Behaviour behaviour, String title, String description, List<EvidenceNeed> evidence) {
    }

    /** One piece of evidence a behaviour's investigation needs. */
    public record EvidenceNeed(EvidenceKind kind, String need) {
    }

    public BehaviourType of(Behaviour behaviour) {
        return types.get(behaviour);
    }

    public List<BehaviourType> all() {
        return List.copyOf(types.values());
    }

    /** The catalogue shipped inside the application. */
    public static CaseTypeCatalogue bundled() {
        try (InputStream in = CaseTypeCatalogue.class.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("The bundled catalogue " + CLASSPATH_LOCATION + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), CLASSPATH_LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue from {@code behaviours.yaml} in a directory outside the application. */
    public static CaseTypeCatalogue fromDirectory(Path directory) {
        Path file = directory.resolve("behaviours.yaml");
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InvalidCatalogue(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public static CaseTypeCatalogue parse(String yaml, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new InvalidCatalogue(source + ": not valid YAML (" + e.getMessage() + ")");
        }
        List<String> problems = new ArrayList<>();
        Map<Behaviour, BehaviourType> types = new EnumMap<>(Behaviour.class);
        if (!(root instanceof Map<?, ?> top) || !(top.get("behaviours") instanceof Map<?, ?> entries)) {
            throw new InvalidCatalogue(source + ": expected a top-level 'behaviours' mapping");
        }
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Behaviour behaviour = Arrays.stream(Behaviour.values()).filter(b -> b.name().equals(key)).findFirst()
                    .orElse(null);
            if (behaviour == null) {
                problems.add("'" + key + "' is not a known behaviour " + Arrays.toString(Behaviour.values()));
                continue;
            }
            if (!(entry.getValue() instanceof Map<?, ?> body)) {
                problems.add(key + ": expected title, description and evidence");
                continue;
            }
            for (Object field : body.keySet()) {
                if (!Set.of("title", "description", "evidence").contains(String.valueOf(field))) {
                    problems.add(key + ": unknown field '" + field + "'");
                }
            }
            String title = text(body.get("title"), key + ".title", problems);
            String description = text(body.get("description"), key + ".description", problems);
            List<EvidenceNeed> evidence = new ArrayList<>();
            if (!(body.get("evidence") instanceof List<?> items) || items.isEmpty()) {
                problems.add(key + ".evidence: list at least one piece of evidence");
            } else {
                for (int i = 0; i < items.size(); i++) {
                    String where = key + ".evidence[" + i + "]";
                    if (!(items.get(i) instanceof Map<?, ?> item)) {
                        problems.add(where + ": expected kind and need");
                        continue;
                    }
                    String kindText = String.valueOf(item.get("kind"));
                    EvidenceKind kind = Arrays.stream(EvidenceKind.values()).filter(k -> k.name().equals(kindText))
                            .findFirst().orElse(null);
                    if (kind == null) {
                        problems.add(where + ".kind: '" + kindText + "' is not one of "
                                + Arrays.toString(EvidenceKind.values()));
                    }
                    String need = text(item.get("need"), where + ".need", problems);
                    if (kind != null && need != null) {
                        evidence.add(new EvidenceNeed(kind, need));
                    }
                }
            }
            if (title != null && description != null) {
                types.put(behaviour, new BehaviourType(behaviour, title, description, List.copyOf(evidence)));
            }
        }
        for (Behaviour behaviour : Behaviour.values()) {
            if (!entries.containsKey(behaviour.name())) {
                problems.add(behaviour + " is missing: every behaviour a case can allege needs an entry");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogue(source + " is not a valid case type catalogue:\n - "
                    + String.join("\n - ", problems));
        }
        return new CaseTypeCatalogue(types);
    }

    private static String text(Object value, String where, List<String> problems) {
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add(where + ": must be non-empty text");
            return null;
        }
        return s.strip();
    }

    /** The catalogue cannot be used; the message lists every problem found. */
    public static final class InvalidCatalogue extends RuntimeException {
        public InvalidCatalogue(String message) {
            super(message);
        }
    }
}
