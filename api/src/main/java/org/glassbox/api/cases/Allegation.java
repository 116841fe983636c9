package org.glassbox.api.cases;

import org.glassbox.api.shared.Behaviour;

/** One suspected behaviour of a case and where the investigation stands on it. */
public record Allegation(Behaviour behaviour, AllegationStatus status, String reason, String decidedBy) {
}
