package org.glassbox.command.evidence;

import java.util.Optional;

import org.glassbox.command.cases.CaseSnapshot;

/** The case an evidence command concerns, as it stands now (empty if there is no such case). */
public interface CaseFacts {
    Optional<CaseSnapshot> of(String caseId);
}
