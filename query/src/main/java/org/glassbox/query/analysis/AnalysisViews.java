package org.glassbox.query.analysis;

/** The processing group whose projection feeds the analyses tab and the analyses API. */
public final class AnalysisViews {
    public static final String PROCESSING_GROUP = "analysis-views";

    private AnalysisViews() {
    }
}
