package org.glassbox.api.cases;

import org.glassbox.api.shared.InvalidField;

/**
 * Answers the case's {@link TimelineEntry}s, oldest first: all of them, or one page of them (a case page
 * with thousands of entries reads only the rows it shows).
 */
public record FindCaseTimeline(String caseId, int offset, int limit) {
    public static final int ALL = Integer.MAX_VALUE;

    public FindCaseTimeline {
        if (offset < 0) {
            throw new InvalidField("offset", "must not be negative");
        }
        if (limit < 1) {
            throw new InvalidField("limit", "must be at least 1");
        }
    }

    public FindCaseTimeline(String caseId) {
        this(caseId, 0, ALL);
    }
}
