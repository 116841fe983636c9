package org.glassbox.command.shared;

/**
 * The actor may not do this: the wrong role, or the four-eyes rule. The web layer refuses most of
 * these before a command is sent; the aggregate refuses them again, whatever path the command took.
 */
public class NotPermitted extends RuntimeException {
    public NotPermitted(String message) {
        super(message);
    }
}
