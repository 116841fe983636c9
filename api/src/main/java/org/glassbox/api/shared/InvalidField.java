package org.glassbox.api.shared;

/** A message built from bad input; names the field so a client can show the error beside it. */
public class InvalidField extends IllegalArgumentException {
    private final String field;

    public InvalidField(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The problem without the field's name, e.g. "must not be blank". */
    public String problem() {
        return getMessage().substring(field.length() + 1);
    }
}
