package org.glassbox.api.disclosure;

/** An evidence item a notice lists: only DISCLOSABLE items in use ever become one. */
public record DisclosedEvidence(String itemId, String title, String kind, String sha256) {
}
