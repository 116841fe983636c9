package org.glassbox.command.freeze;

import java.util.List;

import org.glassbox.api.freeze.FreezeScope;

/**
 * The exchange's account system, as far as freezes need it. Every call carries an idempotency key
 * (the freeze id, plus a suffix for lifts), so a call repeated after a timeout or a restart changes
 * the accounts once and answers the first confirmation again.
 */
public interface AccountControl {

    /** Holds the accounts with the scope; answers the account system's confirmation reference. */
    String hold(String idempotencyKey, List<String> accounts, FreezeScope scope) throws AccountControlFailure;

    /** Releases the accounts; answers the account system's confirmation reference. */
    String release(String idempotencyKey, List<String> accounts) throws AccountControlFailure;

    /** The account system refused or did not answer; {@code retryable} says whether trying later may help. */
    class AccountControlFailure extends Exception {
        private final boolean retryable;

        public AccountControlFailure(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
