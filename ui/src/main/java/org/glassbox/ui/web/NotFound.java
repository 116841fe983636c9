package org.glassbox.ui.web;

/** What was asked for does not exist, or the reader may not know that it does: answered with 404. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
