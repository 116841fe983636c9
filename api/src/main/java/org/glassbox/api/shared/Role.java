package org.glassbox.api.shared;

/** The roles of domain.md; a user holds one or more. */
public enum Role {
    INVESTIGATOR, SUPERVISOR, COMMUNICATIONS, AUDITOR, ADMIN
}
