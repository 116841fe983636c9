package org.glassbox.query.shared;

import org.axonframework.messaging.Message;

/** Reads a metadata value of an event as text for a read model (null if absent). */
public final class MetaDataText {
    private MetaDataText() {
    }

    public static String of(Message<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
