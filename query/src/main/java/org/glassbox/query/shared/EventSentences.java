package org.glassbox.query.shared;

import java.util.List;

import org.glassbox.api.analysis.AnalysisCompleted;
import org.glassbox.api.analysis.AnalysisFailed;
import org.glassbox.api.analysis.AnalysisLinkedToAllegation;
import org.glassbox.api.analysis.AnalysisNotReproduced;
import org.glassbox.api.analysis.AnalysisReproduced;
import org.glassbox.api.analysis.AnalysisRequested;
import org.glassbox.api.analysis.AnalysisStarted;
import org.glassbox.api.analysis.AnalysisVerificationRequested;
import org.glassbox.api.cases.AllegationDismissed;
import org.glassbox.api.cases.AllegationSubstantiated;
import org.glassbox.api.cases.CaseAssigned;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseNoteAdded;
import org.glassbox.api.cases.CaseReopened;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.ClosureApproved;
import org.glassbox.api.cases.ClosureProposed;
import org.glassbox.api.cases.ClosureRejected;
import org.glassbox.api.cases.InvestigationStarted;
import org.glassbox.api.cases.SeverityChanged;
import org.glassbox.api.disclosure.DisclosureApproved;
import org.glassbox.api.disclosure.DisclosureDraftRevised;
import org.glassbox.api.disclosure.DisclosureDrafted;
import org.glassbox.api.disclosure.DisclosurePublished;
import org.glassbox.api.disclosure.DisclosureRejected;
import org.glassbox.api.disclosure.DisclosureSubmittedForApproval;
import org.glassbox.api.disclosure.DisclosureSuperseded;
import org.glassbox.api.evidence.EvidenceAccessed;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceIntegrityFailed;
import org.glassbox.api.evidence.EvidenceIntegrityVerified;
import org.glassbox.api.evidence.EvidenceLinkedToAllegation;
import org.glassbox.api.evidence.EvidenceReclassified;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.evidence.EvidenceUnlinkedFromAllegation;
import org.glassbox.api.evidence.MarketDataProfiled;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeExecuted;
import org.glassbox.api.freeze.AccountFreezeFailed;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.AccountFreezeRejected;
import org.glassbox.api.freeze.AccountFreezeRequested;
import org.glassbox.api.freeze.AccountFreezeReviewed;
import org.glassbox.api.freeze.AccountHoldPlaced;
import org.glassbox.api.freeze.AccountHoldReleased;
import org.glassbox.api.freeze.EscalatedFreezeRetried;
import org.glassbox.api.freeze.FreezeApprovalOverdue;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.FreezeLiftRejected;
import org.glassbox.api.freeze.FreezeLiftRequested;
import org.glassbox.api.freeze.FreezeReviewOverdue;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.shared.Role;

/**
 * Every event of a case's history as a person says it: the verb phrase after its actor
 * ("requested a full freeze of 3 accounts"). The case timeline writes it as a sentence of its own, the
 * replay after who did it ("Investigator jane requested a full freeze of 3 accounts"). One place, so
 * the two never word the same event differently.
 */
public final class EventSentences {
    private EventSentences() {
    }

    /** The phrase for the event: past tense, starting lower case, no full stop. */
    public static String phrase(Object event) {
        return switch (event) {
            case CaseFlagged e -> "flagged " + e.marketMaker().name() + " (" + e.marketMaker().id() + ") on "
                    + String.join(", ", e.symbols()) + " for " + Words.list(e.behaviours()) + ", severity "
                    + Words.of(e.severity()) + ", from " + source(e.source()) + "; the case is " + e.reference();
            case CaseAssigned e -> e.previousAssignee() == null ? "assigned the case to " + e.assignee()
                    : "reassigned the case from " + e.previousAssignee() + " to " + e.assignee();
            case InvestigationStarted e -> "started the investigation";
            case CaseNoteAdded e -> "added a note: " + e.text();
            case SeverityChanged e -> "changed the severity from " + Words.of(e.from()) + " to " + Words.of(e.to());
            case AllegationSubstantiated e -> "substantiated the " + Words.of(e.behaviour()) + " allegation";
            case AllegationDismissed e -> "dismissed the " + Words.of(e.behaviour()) + " allegation";
            case ClosureProposed e -> "proposed closing the case as " + Words.of(e.outcome())
                    + "; a second supervisor decides";
            case ClosureApproved e -> "approved the closure: the case is closed as " + Words.of(e.outcome())
                    + " (proposed by " + e.proposedBy() + ")";
            case ClosureRejected e -> "rejected closing the case as " + Words.of(e.outcome())
                    + "; it is back under investigation";
            case CaseReopened e -> "reopened the case; it is back under investigation";
            case EvidenceSubmitted e -> "submitted evidence \"" + e.title() + "\" (" + Words.of(e.kind()) + ", "
                    + Words.of(e.confidentiality()) + ")";
            case EvidenceAccessed e -> switch (e.access()) {
                case DOWNLOAD -> "downloaded an evidence item";
                case PREVIEW -> "viewed an evidence item";
            } + (e.purpose() == null ? "" : " for: " + e.purpose());
            case EvidenceExcluded e -> "excluded an evidence item from the case";
            case EvidenceReclassified e -> "reclassified an evidence item from " + Words.of(e.from()) + " to "
                    + Words.of(e.to());
            case EvidenceLinkedToAllegation e -> "linked an evidence item to the " + Words.of(e.behaviour())
                    + " allegation";
            case EvidenceUnlinkedFromAllegation e -> "unlinked an evidence item from the " + Words.of(e.behaviour())
                    + " allegation";
            case EvidenceIntegrityVerified e -> "checked an evidence item: its bytes are unchanged";
            case EvidenceIntegrityFailed e -> "checked an evidence item: its bytes have CHANGED (" + e.problem() + ")";
            case MarketDataProfiled e -> "read the market data of an evidence item: "
                    + Words.count(e.profile().rows(), "row", "rows");
            case AccountFreezeRequested e -> "requested " + freeze(e.scope(), e.accounts()) + " ("
                    + Words.of(e.urgency()) + ")";
            case AccountFreezeApproved e -> "approved " + freeze(e.scope(), e.accounts());
            case AccountFreezeRejected e -> "rejected the freeze request";
            case AccountFreezeExecuted e -> "carried out " + freeze(e.scope(), e.accounts())
                    + "; the account system confirmed it";
            case AccountFreezeFailed e -> "could not reach the account system to " + (e.lift() ? "lift" : "carry out")
                    + " the freeze (attempt " + e.attempt() + ")" + (e.escalated() ? "; a supervisor must decide" : "");
            case AccountFreezeReviewed e -> "reviewed the freeze; next review by " + Words.of(e.nextReviewBy());
            case AccountFreezeLifted e -> "lifted the freeze of " + Words.count(e.accounts().size(), "account",
                    "accounts") + "; the account system confirmed it";
            case AccountHoldPlaced e -> "placed a hold on account " + e.accountId();
            case AccountHoldReleased e -> "released the hold on account " + e.accountId();
            case EscalatedFreezeRetried e -> "asked for another try at " + (e.lift() ? "lifting" : "carrying out")
                    + " the freeze";
            case FreezeApprovalOverdue e -> "warned that the freeze request is waiting too long for approval";
            case FreezeReviewOverdue e -> "warned that the freeze is past its review date " + Words.of(e.reviewBy());
            case FreezeLiftRequested e -> "requested lifting the freeze";
            case FreezeLiftApproved e -> "approved lifting the freeze of " + Words.count(e.accounts().size(), "account",
                    "accounts");
            case FreezeLiftRejected e -> "rejected lifting the freeze";
            case DisclosureDrafted e -> "drafted a public " + Words.of(e.kind());
            case DisclosureDraftRevised e -> "revised the draft notice (revision " + e.revision() + ")";
            case DisclosureSubmittedForApproval e -> "submitted the draft notice for approval (revision "
                    + e.revision() + ")";
            case DisclosureApproved e -> "approved the notice (revision " + e.revision() + ")";
            case DisclosureRejected e -> "sent the draft notice back for changes";
            case DisclosurePublished e -> "published " + Words.of(e.kind()) + " " + e.noticeReference();
            case DisclosureSuperseded e -> "superseded the notice by " + Words.of(e.byKind()) + " " + e.byReference();
            case AnalysisRequested e -> "asked for an analysis (" + e.method() + ") of "
                    + Words.count(e.inputs().size(), "evidence item", "evidence items");
            case AnalysisStarted e -> "started the analysis";
            case AnalysisCompleted e -> "completed the analysis (" + e.method() + ")";
            case AnalysisFailed e -> (e.refused() ? "refused the analysis: " : "could not complete the analysis: ")
                    + e.reason();
            case AnalysisLinkedToAllegation e -> "cited an analysis for the " + Words.of(e.behaviour()) + " allegation";
            case AnalysisVerificationRequested e -> "asked for the analysis to be run again to check it";
            case AnalysisReproduced e -> "ran the analysis again: same result";
            case AnalysisNotReproduced e -> "ran the analysis again: a DIFFERENT result (" + e.problem() + ")";
            default -> "recorded " + Words.ofTypeName(event.getClass().getSimpleName());
        };
    }

    /** A sentence of its own: "Started the investigation". */
    public static String sentence(Object event) {
        String phrase = phrase(event);
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /**
     * Who did it, as a person says it: "Investigator jane", "Glassbox" for the system's own steps.
     * The roles come as stored in an event's metadata (comma-separated).
     */
    public static String actor(String user, String roles) {
        if (isGlassbox(user)) {
            return "Glassbox";
        }
        List<String> words = org.glassbox.api.shared.Actor.parseRoles(roles).stream().sorted()
                .filter(r -> r != Role.SYSTEM).map(Words::of).toList();
        String role = words.isEmpty() ? "" : Words.and(words) + " ";
        String text = role + user;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Who took a step, for a column of names: the user, or "Glassbox" for its own steps (a saga, a job). */
    public static String who(String user) {
        return isGlassbox(user) ? "Glassbox" : user;
    }

    private static boolean isGlassbox(String user) {
        return user == null || user.isBlank() || user.startsWith("glassbox-");
    }

    private static String freeze(FreezeScope scope, List<String> accounts) {
        String what = switch (scope) {
            case FULL -> "a full freeze";
            case TRADING -> "a trading freeze";
            case WITHDRAWAL -> "a withdrawal freeze";
        };
        return what + " of " + Words.count(accounts.size(), "account", "accounts");
    }

    private static String source(CaseSource source) {
        return switch (source.kind()) {
            case ALERT -> "surveillance alert " + source.alertId();
            case REPORT -> "a report" + (source.reportedBy() == null ? "" : " by " + source.reportedBy());
            case MANUAL -> "a manual entry";
        };
    }
}
