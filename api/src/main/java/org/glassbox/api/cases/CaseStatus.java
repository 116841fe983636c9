package org.glassbox.api.cases;

public enum CaseStatus {
    FLAGGED, UNDER_INVESTIGATION, CLOSURE_PROPOSED, CLOSED
}
