package org.glassbox.query.evidence;

/** The processing group whose projections feed the evidence tab, item pages and custody logs. */
public final class EvidenceViews {
    public static final String PROCESSING_GROUP = "evidence-views";

    private EvidenceViews() {
    }
}
