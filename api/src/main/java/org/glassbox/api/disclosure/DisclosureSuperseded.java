package org.glassbox.api.disclosure;

import org.axonframework.serialization.Revision;

/** A later notice corrects or retracts this published one; both stay public and name each other. */
@Revision("1")
public record DisclosureSuperseded(String disclosureId, String caseId, String byDisclosureId, String byReference,
        NoticeKind byKind) {
}
