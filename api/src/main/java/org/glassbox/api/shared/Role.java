package org.glassbox.api.shared;

/** The roles of domain.md; a user holds one or more. SYSTEM is for scheduled jobs: no person holds it. */
public enum Role {
    INVESTIGATOR, SUPERVISOR, COMMUNICATIONS, AUDITOR, ADMIN, SYSTEM
}
