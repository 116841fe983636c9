package org.glassbox.query.freeze;

/** The processing group whose projections feed the freeze tab, the accounts view and the approvals queue. */
public final class FreezeViews {
    public static final String PROCESSING_GROUP = "freeze-views";

    private FreezeViews() {
    }
}
