package org.glassbox.analysis.format;

/** How one column's values are written, and so how they are checked. */
enum FieldType {
    /** An identifier: 1 to 128 characters, letters, digits and {@code . _ : -}, starting with a letter or digit. */
    ID,
    /** An account as the exchange writes it: an identifier of at most 64 characters. */
    ACCOUNT,
    /** A market, e.g. GPSUSDT: 1 to 32 upper-case letters, digits, {@code . _ -}. */
    SYMBOL,
    /** A point in time: ISO-8601 UTC ({@code 2025-03-07T10:00:00.123Z}) or integer epoch ms / µs. */
    TIME,
    /** The start or end of a validity: an ISO date (midnight UTC) or an ISO-8601 UTC instant. */
    VALIDITY,
    /** An exact decimal greater than zero. */
    POSITIVE_DECIMAL,
    /** An exact decimal, zero or more. */
    DECIMAL,
    /** BUY or SELL. */
    SIDE,
    /** NEW, CANCEL, PARTIAL_CANCEL, REPLACE, FILL, PARTIAL_FILL, EXPIRE or REJECT. */
    ORDER_EVENT,
    /** true or false. */
    BOOLEAN,
    /** True or False, as the public dumps write it. */
    PYTHON_BOOLEAN,
    /** Free text of at most 200 characters without control characters. */
    TEXT
}
