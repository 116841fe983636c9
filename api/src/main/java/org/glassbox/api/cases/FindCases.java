package org.glassbox.api.cases;

import org.glassbox.api.shared.InvalidField;

/**
 * Answers a {@link CasePage}: the cases matching the filter, in the order asked, one page of them.
 * A page starts at an offset, or (faster at depth) just after a {@link CaseCursor} of the same order.
 */
public record FindCases(CaseFilter filter, CaseSort sort, int offset, int limit, CaseCursor after) {
    public static final int MAX_LIMIT = 500;

    public FindCases {
        filter = filter == null ? CaseFilter.any() : filter;
        sort = sort == null ? CaseSort.NEWEST_FIRST : sort;
        if (offset < 0) {
            throw new InvalidField("offset", "must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (after != null && offset > 0) {
            throw new InvalidField("after", "cannot be combined with an offset");
        }
        if (after != null && after.sort() != sort) {
            throw new InvalidField("after", "belongs to the sort order " + after.sort() + ", not " + sort);
        }
    }

    public FindCases(CaseFilter filter, CaseSort sort, int offset, int limit) {
        this(filter, sort, offset, limit, null);
    }
}
