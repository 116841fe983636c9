package org.glassbox.api.disclosure;

/** Where a disclosure stands; a published one never changes again. */
public enum DisclosureStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED
}
