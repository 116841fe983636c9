package org.glassbox.api.disclosure;

import java.util.List;

import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.shared.Behaviour;

/**
 * The case's facts as a notice may state them, already redacted: accounts masked, only disclosable
 * evidence, no staff names. Embedded in the PDF as JSON and kept on the draft, so what was published
 * can always be compared with the case. {@code analyses} are the analyses the notice cites (absent in
 * notices drafted before analyses existed).
 */
public record NoticeFacts(
        String caseReference,
        String marketMakerName,
        List<String> markets,
        List<Behaviour> behavioursFound,
        ClosureOutcome outcome,
        List<String> maskedAccounts,
        KeyFigures figures,
        List<DisclosedFreeze> freezes,
        List<DisclosedEvidence> evidence,
        List<CitedAnalysis> analyses) {

    public NoticeFacts {
        analyses = analyses == null ? List.of() : List.copyOf(analyses);
    }

    /** Facts that cite no analysis. */
    public NoticeFacts(String caseReference, String marketMakerName, List<String> markets, List<Behaviour> behavioursFound,
            ClosureOutcome outcome, List<String> maskedAccounts, KeyFigures figures, List<DisclosedFreeze> freezes,
            List<DisclosedEvidence> evidence) {
        this(caseReference, marketMakerName, markets, behavioursFound, outcome, maskedAccounts, figures, freezes, evidence,
                List.of());
    }
}
