package org.glassbox.ui.web;

/** The case does not exist, or the reader may not know that it does. */
public class CaseNotFound extends NotFound {
    public CaseNotFound(String caseId) {
        super("No case " + caseId);
    }
}
