package org.glassbox.api.freeze;

/** Where a freeze request stands. */
public enum FreezeStatus {
    REQUESTED, REJECTED, APPROVED, EXECUTED, FAILED, LIFT_REQUESTED, LIFT_APPROVED, LIFTED
}
