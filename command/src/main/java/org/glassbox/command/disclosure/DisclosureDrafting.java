package org.glassbox.command.disclosure;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.DraftDisclosure;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.evidence.EvidenceItem;
import org.glassbox.command.freeze.FreezeRequest;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Opens disclosure drafts. The facts a draft carries were gathered from the read side; here each one
 * is checked against the aggregates that own it, so no draft can list an internal or excluded item, a
 * freeze that never happened, an unmasked account, or a finding the case did not substantiate.
 */
@Component
public class DisclosureDrafting {
    private final Repository<Disclosure> disclosures;
    private final Repository<EvidenceItem> evidence;
    private final Repository<FreezeRequest> freezes;
    private final Repository<org.glassbox.command.analysis.AnalysisRun> analyses;
    private final CaseFacts cases;

    public DisclosureDrafting(Repository<Disclosure> disclosures, Repository<EvidenceItem> evidence,
            Repository<FreezeRequest> freezes, Repository<org.glassbox.command.analysis.AnalysisRun> analyses,
            CaseFacts cases) {
        this.analyses = analyses;
        this.disclosures = disclosures;
        this.evidence = evidence;
        this.freezes = freezes;
        this.cases = cases;
    }

    @CommandHandler
    public String handle(DraftDisclosure command, Actor actor) throws Exception {
        Permissions.require(actor, "draft a disclosure", Disclosure.WRITERS);
        CaseSnapshot c = cases.of(command.caseId())
                .orElseThrow(() -> new AggregateNotFoundException(command.caseId(), "No case " + command.caseId()));
        NoticeFacts facts = command.facts();
        check(c, facts);
        if (command.kind() != NoticeKind.NOTICE) {
            disclosures.load(command.supersedes()).execute(d -> d.requireSupersedable(c.caseId()));
        }
        disclosures.newInstance(() -> new Disclosure(command, actor.userId()));
        return command.disclosureId();
    }

    private void check(CaseSnapshot c, NoticeFacts facts) {
        if (!c.reference().equals(facts.caseReference())) {
            throw new InvalidField("facts.caseReference", "is not the case's reference " + c.reference());
        }
        Set<Behaviour> found = new HashSet<>(facts.behavioursFound());
        if (!c.substantiated().containsAll(found)) {
            found.removeAll(c.substantiated());
            throw new RuleViolation("not-substantiated", "Case " + c.reference() + " has not substantiated " + found);
        }
        for (String shown : facts.maskedAccounts()) {
            if (!Redaction.isMasked(shown) || c.accounts().stream().noneMatch(a -> Redaction.mask(a).equals(shown))) {
                throw new InvalidField("facts.maskedAccounts", "'" + shown + "' is not a masked account of the case");
            }
        }
        for (DisclosedEvidence item : facts.evidence()) {
            boolean disclosable = evidence.load(item.itemId()).invoke(e -> e.disclosableIn(c.caseId())
                    && e.sha256().hex().equals(item.sha256()) && e.title().equals(item.title()));
            if (!disclosable) {
                throw new RuleViolation("not-disclosable", "Evidence '" + item.title()
                        + "' is internal, excluded, failed its integrity check or is not of this case");
            }
        }
        for (DisclosedFreeze listed : facts.freezes()) {
            boolean matches = freezes.load(listed.freezeId()).invoke(f -> f.executed()
                    .filter(x -> x.caseId().equals(c.caseId()) && x.scope() == listed.scope()
                            && Objects.equals(x.amounts(), listed.amounts())
                            && x.accounts().stream().map(Redaction::mask).toList().equals(listed.maskedAccounts()))
                    .isPresent());
            if (!matches) {
                throw new RuleViolation("not-executed", "Freeze " + listed.freezeId()
                        + " was never executed for this case as listed");
            }
        }
        for (org.glassbox.api.disclosure.CitedAnalysis cited : facts.analyses()) {
            boolean citable;
            try {
                citable = analyses.load(cited.runId()).invoke(a -> a.citableIn(c.caseId(), cited.resultDigest()));
            } catch (org.axonframework.modelling.command.AggregateNotFoundException
                    | org.axonframework.eventsourcing.IncompatibleAggregateException e) {
                citable = false;
            }
            if (!citable) {
                throw new RuleViolation("not-citable", "Analysis " + cited.method() + " " + cited.runId()
                        + " is not a completed analysis of this case with result " + cited.resultDigest()
                        + ", or it did not reproduce its result");
            }
        }
        if (found.isEmpty() && facts.freezes().isEmpty()) {
            throw new RuleViolation("nothing-to-disclose", "Case " + c.reference()
                    + " has no substantiated behaviour and no executed freeze: there is nothing to disclose");
        }
    }
}
