package org.glassbox.api.freeze;

/** How soon a supervisor should decide; URGENT requests escalate sooner when nobody decides. */
public enum Urgency {
    ROUTINE, URGENT
}
