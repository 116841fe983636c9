package org.glassbox.ui.web;

import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.cases.CaseReference;
import org.glassbox.api.cases.FindCaseIdByReference;
import org.glassbox.api.shared.Checks;
import org.springframework.stereotype.Component;

/**
 * People name a case by its reference (GBX-2026-000042), the event store by its id: every URL, form
 * and API path that names a case takes either, and this turns it into the id underneath. Text of any
 * other form names nothing and is never looked up.
 */
@Component
public class CaseKeys {
    private final QueryGateway queries;

    CaseKeys(QueryGateway queries) {
        this.queries = queries;
    }

    /** The case id for a reference or an id; empty for an unknown reference or text of neither form. */
    public Optional<String> idOf(String key) {
        if (Checks.isId(key)) {
            return Optional.of(key);
        }
        if (!CaseReference.isReference(key)) {
            return Optional.empty();
        }
        return queries.query(new FindCaseIdByReference(key), ResponseTypes.optionalInstanceOf(String.class)).join();
    }

    /** Like {@link #idOf}, answering 404 in words for a case that does not exist. */
    public String require(String key) {
        return idOf(key).orElseThrow(() -> CaseReference.isReference(key) ? new CaseNotFound(key)
                : new NotFound("Nothing is recorded under this case: cases are named by their reference, "
                        + "like GBX-2026-000042"));
    }
}
