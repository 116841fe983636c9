package org.glassbox.api.cases;

/** Answers a {@link CasePage}: the cases matching the filter, in the order asked, one page of them. */
public record FindCases(CaseFilter filter, CaseSort sort, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public FindCases {
        filter = filter == null ? CaseFilter.any() : filter;
        sort = sort == null ? CaseSort.NEWEST_FIRST : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
