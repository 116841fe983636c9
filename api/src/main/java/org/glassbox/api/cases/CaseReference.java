package org.glassbox.api.cases;

import java.util.regex.Pattern;

/**
 * The reference people use for a case (GBX-2026-000042): what screens show, what URLs and the API
 * accept. The case id (a UUID) stays underneath as the aggregate's identity.
 */
public final class CaseReference {
    private static final Pattern FORM = Pattern.compile("GBX-\\d{4}-\\d{6}");

    private CaseReference() {
    }

    /** Whether the text has the form of a case reference; anything else is never looked up. */
    public static boolean isReference(String value) {
        return value != null && FORM.matcher(value).matches();
    }
}
