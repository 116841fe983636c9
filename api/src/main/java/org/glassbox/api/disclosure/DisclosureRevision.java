package org.glassbox.api.disclosure;

import java.time.Instant;

/** One kept revision of a draft's text (0 is the text drafted from the template). */
public record DisclosureRevision(int revision, String text, String revisedBy, Instant revisedAt) {
}
