package org.glassbox.command.evidence;

/**
 * The evidence store cannot take the bytes just now: it is full (or below its reserve of free space), or
 * it cannot be reached or written. Nothing was stored and nothing recorded; the upload may be tried again
 * once an operator has made room or brought the store back.
 */
public class EvidenceStoreUnavailable extends RuntimeException {
    private final boolean full;

    public EvidenceStoreUnavailable(String message, boolean full, Throwable cause) {
        super(message, cause);
        this.full = full;
    }

    /** Out of space, rather than out of reach. */
    public boolean full() {
        return full;
    }
}
