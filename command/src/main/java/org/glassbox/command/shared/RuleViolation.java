package org.glassbox.command.shared;

/**
 * A command that breaks a business rule (an illegal transition, a duplicate, a wrong assignee).
 * Thrown before any event is applied, so nothing is stored. The code names the rule for clients.
 */
public class RuleViolation extends RuntimeException {
    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
