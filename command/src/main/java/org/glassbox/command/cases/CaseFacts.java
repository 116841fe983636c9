package org.glassbox.command.cases;

import java.util.Optional;


/** The case an evidence command concerns, as it stands now (empty if there is no such case). */
public interface CaseFacts {
    Optional<CaseSnapshot> of(String caseId);
}
