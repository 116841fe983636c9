package org.glassbox.analysis.methods;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.glassbox.api.shared.InvalidField;

/** Every method Glassbox runs, by id; the one place that says which exist and what their parameters are. */
public final class Methods {
    private static final Map<String, AnalysisMethod> BY_ID = new LinkedHashMap<>();

    static {
        for (AnalysisMethod m : List.of(new SelfTrades(), new RoundTrips(), new CircularTrades(), new Participation(),
                new SizeDistribution(), new PostListingDump(), new OrderBehaviour(), new Spoofing(), new KpiCompliance())) {
            BY_ID.put(m.id(), m);
        }
    }

    private Methods() {
    }

    public static List<AnalysisMethod> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<AnalysisMethod> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    public static AnalysisMethod require(String id) {
        return find(id).orElseThrow(() -> new InvalidField("method", "'" + (id == null ? "" : id.replaceAll("\\p{Cntrl}", "?"))
                + "' is not a method; the methods are " + String.join(", ", BY_ID.keySet())));
    }

    /**
     * The parameters of a run as the method will use them: each given one checked and in canonical form,
     * unknown ones refused, defaults filled in. Parameters without a default that were not given stay
     * absent: the method works them out from the data and prints what it used.
     */
    public static Map<String, String> resolve(AnalysisMethod method, Map<String, String> given) {
        Map<String, String> values = new TreeMap<>();
        Map<String, Parameter> known = new LinkedHashMap<>();
        method.parameters().forEach(p -> known.put(p.name(), p));
        for (Map.Entry<String, String> e : (given == null ? Map.<String, String>of() : given).entrySet()) {
            Parameter p = known.get(e.getKey());
            if (p == null) {
                throw new InvalidField("parameters." + e.getKey().replaceAll("\\p{Cntrl}", "?"), "is not a parameter of "
                        + method.id() + "; its parameters are " + String.join(", ", known.keySet()));
            }
            values.put(p.name(), p.canonical(e.getValue()));
        }
        for (Parameter p : known.values()) {
            if (!values.containsKey(p.name()) && p.defaultValue() != null) {
                values.put(p.name(), p.defaultValue());
            }
        }
        if (values.containsKey("from") && values.containsKey("to")
                && !java.time.Instant.parse(values.get("to")).isAfter(java.time.Instant.parse(values.get("from")))) {
            throw new InvalidField("parameters.to", "must be after parameters.from");
        }
        return values;
    }
}
