package org.glassbox.api.shared;

/** Keys of the metadata every command and event carries, beside Axon's correlation and trace ids. */
public final class MetaDataKeys {
    /** The authenticated user's name. */
    public static final String USER_ID = "userId";
    /** The user's roles, comma-separated, as they were when the user acted. */
    public static final String USER_ROLES = "userRoles";
    /** The reason the person gave, for commands that ask for one. */
    public static final String REASON = "reason";

    private MetaDataKeys() {
    }
}
