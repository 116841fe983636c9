package org.glassbox.ui.cases;

import org.glassbox.api.cases.CaseCounts;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Severity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The case list at a glance: a bar per status, stacked by severity, for the cases the filter matches. */
final class CaseCountsChart {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COLOURS = {"#9aa5b4", "#e0b400", "#e07400", "#c62828"};

    private CaseCountsChart() {
    }

    static String option(CaseCounts counts) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        o.putObject("legend").put("right", 0).put("top", 0);
        o.putObject("grid").put("left", 140).put("right", 20).put("top", 28).put("bottom", 20);
        o.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ArrayNode statuses = o.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        for (CaseStatus status : CaseStatus.values()) {
            statuses.add(Badges.words(status));
        }
        ArrayNode series = o.putArray("series");
        for (Severity severity : Severity.values()) {
            ObjectNode s = series.addObject().put("type", "bar").put("name", Badges.words(severity))
                    .put("stack", "cases").put("color", COLOURS[Math.min(severity.ordinal(), COLOURS.length - 1)]);
            ArrayNode data = s.putArray("data");
            for (CaseStatus status : CaseStatus.values()) {
                data.add(counts.of(status, severity));
            }
        }
        return o.toString();
    }
}
