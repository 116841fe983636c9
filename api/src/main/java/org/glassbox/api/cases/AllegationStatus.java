package org.glassbox.api.cases;

public enum AllegationStatus {
    SUSPECTED, SUBSTANTIATED, DISMISSED
}
