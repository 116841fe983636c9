package org.glassbox.command.cases;

import java.util.Optional;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Reads the case from its own events (not from a read model that may lag), within the evidence
 * command's unit of work, so the rule sees the case exactly as the case's own commands would.
 */
@Component
class RepositoryCaseFacts implements CaseFacts {
    private final Repository<InvestigationCase> cases;

    RepositoryCaseFacts(Repository<InvestigationCase> cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseSnapshot> of(String caseId) {
        try {
            return Optional.of(cases.load(caseId).invoke(InvestigationCase::snapshot));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
