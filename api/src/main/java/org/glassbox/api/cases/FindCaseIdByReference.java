package org.glassbox.api.cases;

/** Answers the case id (a String) of the case with this reference, or nothing if there is none. */
public record FindCaseIdByReference(String reference) {
}
