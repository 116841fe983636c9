package org.glassbox.command.cases;

import java.util.List;
import java.util.Set;

import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Behaviour;

/** A case as it stands, read from its aggregate for rules that live outside it. */
public record CaseSnapshot(String caseId, String reference, CaseStatus status, String assignee,
        Set<Behaviour> allegations, List<String> accounts) {
}
