package org.glassbox.api.shared;

/**
 * A command for which the person gives a reason. The reason travels in the resulting events'
 * metadata (key {@code reason}), so every timeline entry can show it without knowing the payload.
 */
public interface Reasoned {
    String reason();
}
