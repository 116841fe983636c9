package org.glassbox.query.cases;

/** The processing group whose projections feed the case list, the case page and the timeline. */
public final class CaseViews {
    public static final String PROCESSING_GROUP = "case-views";

    private CaseViews() {
    }
}
