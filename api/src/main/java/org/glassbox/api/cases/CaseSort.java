package org.glassbox.api.cases;

/** The orders the case list can be read in; every order ends on the reference, so pages are stable. */
public enum CaseSort {
    NEWEST_FIRST, OLDEST_FIRST, REFERENCE, SEVERITY, LAST_ACTIVITY, STATUS
}
