package org.glassbox.api.shared;

/**
 * Field limits shared by every input path (REST, views, command handlers), so that a value accepted
 * by one is never refused by another.
 */
public final class Limits {
    public static final int ID = 64;
    public static final int NAME = 200;
    public static final int ACCOUNT = 64;
    public static final int MAX_ACCOUNTS = 200;
    public static final int SYMBOL = 32;
    public static final int MAX_SYMBOLS = 50;
    public static final int SUMMARY = 4000;
    public static final int REASON = 4000;
    public static final int NOTE = 10000;
    public static final int ALERT_ID = 100;
    public static final int USERNAME = 64;

    private Limits() {
    }
}
