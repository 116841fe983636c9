package org.glassbox.api.cases;

import java.util.List;

/** One page of the case list and how many cases match in all. */
public record CasePage(List<CaseSummary> items, long total, int offset, int limit) {
}
