package org.glassbox.ui.cases;

/** The things a person can do to a case from its page; each maps to one command. */
enum CaseAction {
    ASSIGN("Assign"),
    START_INVESTIGATION("Start investigation"),
    ADD_NOTE("Add note"),
    CHANGE_SEVERITY("Change severity"),
    SUBSTANTIATE_ALLEGATION("Substantiate allegation"),
    DISMISS_ALLEGATION("Dismiss allegation"),
    PROPOSE_CLOSURE("Propose closure"),
    APPROVE_CLOSURE("Approve closure"),
    REJECT_CLOSURE("Reject closure"),
    REOPEN("Reopen");

    final String label;

    CaseAction(String label) {
        this.label = label;
    }
}
