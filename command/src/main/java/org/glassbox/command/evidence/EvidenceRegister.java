package org.glassbox.command.evidence;

import java.util.Optional;

import org.glassbox.api.evidence.Sha256;

/**
 * Which bytes a case already holds: one item per digest per case. The claim takes part in the
 * command's transaction, so a rejected submission leaves the digest free.
 */
public interface EvidenceRegister {

    /** Claims the digest for the item, or answers the item of the case that already holds it. */
    Optional<String> claim(String caseId, Sha256 digest, String itemId);
}
