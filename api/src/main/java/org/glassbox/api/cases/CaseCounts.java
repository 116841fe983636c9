package org.glassbox.api.cases;

import java.util.List;

import org.glassbox.api.shared.Severity;

/** How many cases stand in each status at each severity (only the pairs that occur). */
public record CaseCounts(List<Cell> cells) {

    public CaseCounts {
        cells = List.copyOf(cells);
    }

    public record Cell(CaseStatus status, Severity severity, long cases) {
    }

    public long of(CaseStatus status, Severity severity) {
        return cells.stream().filter(c -> c.status() == status && c.severity() == severity)
                .mapToLong(Cell::cases).sum();
    }
}
