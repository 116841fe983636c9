package org.glassbox.ui.web;

import java.util.function.BooleanSupplier;

/**
 * The read side is eventually consistent (milliseconds behind the command side). A person who just
 * acted expects to see the result, so screens wait briefly for their own change before showing.
 */
public final class ReadSide {
    private ReadSide() {
    }

    /** Checks every 10 ms until the condition holds or the timeout passes; answers whether it held. */
    public static boolean awaitUntil(BooleanSupplier condition, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
