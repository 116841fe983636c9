package org.glassbox.api.shared;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
