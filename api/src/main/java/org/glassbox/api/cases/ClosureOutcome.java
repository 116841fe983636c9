package org.glassbox.api.cases;

public enum ClosureOutcome {
    SANCTIONED, NO_VIOLATION, REFERRED_TO_REGULATOR
}
