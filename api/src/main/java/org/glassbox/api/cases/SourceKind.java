package org.glassbox.api.cases;

public enum SourceKind {
    /** Opened by staff on their own observation. */
    MANUAL,
    /** Opened on a report from outside: a project team, a user, a regulator. */
    REPORT,
    /** Opened on an alert of the surveillance system; its id is unique across cases. */
    ALERT
}
