package org.glassbox.api.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;

/**
 * Runs a method of analysis over market data evidence of a case: {@code method} is its id (W1 ... D1),
 * {@code evidence} the items it reads, {@code parameters} each as canonical text (the method's own
 * checks decide what each may be). The run is queued and carried out in the background.
 */
public record RunAnalysis(@TargetAggregateIdentifier String runId, String caseId, String method, List<String> evidence,
        Map<String, String> parameters) {
    public static final int MAX_INPUTS = 20;

    public RunAnalysis {
        Checks.text("runId", runId, Limits.ID);
        Checks.text("caseId", caseId, Limits.ID);
        Checks.text("method", method, 16);
        evidence = Checks.texts("evidence", evidence, MAX_INPUTS, Limits.ID);
        Map<String, String> copy = new TreeMap<>();
        if (parameters != null) {
            if (parameters.size() > 20) {
                throw new InvalidField("parameters", "must name at most 20");
            }
            parameters.forEach((k, v) -> {
                Checks.text("parameters", k, 40);
                if (k.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || v == null
                        || v.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || v.length() > 200) {
                    throw new InvalidField("parameters." + k.replaceAll("\\p{Cntrl}", "?"),
                            "must be text of at most 200 characters without control characters");
                }
                copy.put(k, v);
            });
        }
        parameters = java.util.Collections.unmodifiableMap(copy);
    }
}
