package org.glassbox.api.cases;

import java.util.List;

/**
 * One page of the case list and how many cases match in all. {@code nextCursor} reads the page after
 * this one (null on the last page).
 */
public record CasePage(List<CaseSummary> items, long total, int offset, int limit, String nextCursor) {
}
