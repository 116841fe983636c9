package org.glassbox.analysis.format;

/**
 * One column of a format: its name, how its values are written, whether the column must be in the file
 * and whether a value may be empty.
 */
record Column(String name, FieldType type, boolean required, boolean mayBeEmpty) {

    static Column required(String name, FieldType type) {
        return new Column(name, type, true, false);
    }

    static Column optional(String name, FieldType type) {
        return new Column(name, type, false, true);
    }

    /** A column that must be present but may be empty in some rows (e.g. trade_id of a NEW order). */
    static Column present(String name, FieldType type) {
        return new Column(name, type, true, true);
    }
}
