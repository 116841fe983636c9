package org.glassbox.query.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.glassbox.api.audit.CaseStateAsOf;
import org.glassbox.api.audit.CaseStateAsOf.HistoryEntry;
import org.glassbox.api.audit.CaseStateAsOf.Item;
import org.glassbox.api.audit.FindCaseStateAsOf;
import org.glassbox.api.cases.AllegationDismissed;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.AllegationSubstantiated;
import org.glassbox.api.cases.CaseAssigned;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseReopened;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.ClosureApproved;
import org.glassbox.api.cases.ClosureProposed;
import org.glassbox.api.cases.ClosureRejected;
import org.glassbox.api.cases.InvestigationStarted;
import org.glassbox.api.cases.SeverityChanged;
import org.glassbox.api.disclosure.DisclosureApproved;
import org.glassbox.api.disclosure.DisclosureDrafted;
import org.glassbox.api.disclosure.DisclosurePublished;
import org.glassbox.api.disclosure.DisclosureRejected;
import org.glassbox.api.disclosure.DisclosureSubmittedForApproval;
import org.glassbox.api.disclosure.DisclosureSuperseded;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceReclassified;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeExecuted;
import org.glassbox.api.freeze.AccountFreezeFailed;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.AccountFreezeRejected;
import org.glassbox.api.freeze.AccountFreezeRequested;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.FreezeLiftRejected;
import org.glassbox.api.freeze.FreezeLiftRequested;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Severity;
import org.glassbox.query.shared.EventSentences;
import org.glassbox.query.shared.Words;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays a case from the event store itself, not from any read model: its own events and those of
 * its evidence, freezes and notices (found through case_event, the index the database writes with each
 * event), in the order they were stored, folded into the state as it stood after the chosen event.
 */
@Component
class CaseReplay {
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    CaseReplay(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    private record Stored(Instant at, String type, Object payload, MetaData metaData, String json) {
    }

    @QueryHandler
    Optional<CaseStateAsOf> handle(FindCaseStateAsOf query) {
        if (!org.glassbox.api.shared.Checks.isId(query.caseId())) {
            return Optional.empty(); // not an id: no case
        }
        List<Stored> history = jdbc.query("""
                SELECT time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry
                WHERE global_index IN (SELECT global_index FROM case_event WHERE case_id = ?)
                ORDER BY global_index""", (rs, n) -> {
            byte[] payload = rs.getBytes(4);
            byte[] meta = rs.getBytes(5);
            return new Stored(Instant.parse(rs.getString(1)), rs.getString(2), serializer.deserialize(
                    new SimpleSerializedObject<>(payload, byte[].class, rs.getString(2), rs.getString(3))),
                    meta == null ? MetaData.emptyInstance() : serializer.deserialize(new SimpleSerializedObject<>(meta,
                            byte[].class, MetaData.class.getName(), null)), new String(payload, StandardCharsets.UTF_8));
        }, query.caseId());
        if (history.isEmpty() || !(history.get(0).payload() instanceof CaseFlagged)) {
            return Optional.empty();
        }
        State state = new State();
        List<HistoryEntry> entries = new ArrayList<>();
        int applied = 0;
        for (int i = 0; i < history.size(); i++) {
            Stored event = history.get(i);
            String user = text(event.metaData(), MetaDataKeys.USER_ID);
            String roles = text(event.metaData(), MetaDataKeys.USER_ROLES);
            entries.add(new HistoryEntry(i + 1, event.at(), event.type().substring(event.type().lastIndexOf('.') + 1),
                    user, roles, text(event.metaData(), MetaDataKeys.REASON), event.json(),
                    EventSentences.actor(user, roles) + " " + EventSentences.phrase(event.payload()),
                    area(event.payload())));
            boolean within = (query.asOf() == null || !event.at().isAfter(query.asOf()))
                    && (query.events() == null || i < query.events());
            if (within) {
                state.apply(event.payload());
                applied = i + 1;
            }
        }
        return Optional.of(new CaseStateAsOf(query.caseId(), state.reference, state.status, state.assignee,
                state.severity, state.allegations, List.copyOf(state.evidence.values()),
                List.copyOf(state.freezes.values()), List.copyOf(state.disclosures.values()), applied, history.size(),
                applied == 0 ? null : entries.get(applied - 1), entries));
    }

    /** Which part of the case an event belongs to, by the feature that defines it. */
    static String area(Object payload) {
        String feature = payload.getClass().getPackageName();
        return switch (feature.substring(feature.lastIndexOf('.') + 1)) {
            case "evidence" -> "Evidence";
            case "freeze" -> "Freeze";
            case "disclosure" -> "Notice";
            case "analysis" -> "Analysis";
            default -> "Case";
        };
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    /** The fold: one case and what belongs to it, as the events say. */
    private static final class State {
        String reference;
        CaseStatus status;
        String assignee;
        Severity severity;
        final Map<Behaviour, AllegationStatus> allegations = new EnumMap<>(Behaviour.class);
        final Map<String, Item> evidence = new LinkedHashMap<>();
        final Map<String, Item> freezes = new LinkedHashMap<>();
        final Map<String, Item> disclosures = new LinkedHashMap<>();

        void apply(Object event) {
            switch (event) {
                case CaseFlagged e -> {
                    reference = e.reference();
                    status = CaseStatus.FLAGGED;
                    severity = e.severity();
                    e.behaviours().forEach(b -> allegations.put(b, AllegationStatus.SUSPECTED));
                }
                case CaseAssigned e -> assignee = e.assignee();
                case InvestigationStarted e -> status = CaseStatus.UNDER_INVESTIGATION;
                case SeverityChanged e -> severity = e.to();
                case AllegationSubstantiated e -> allegations.put(e.behaviour(), AllegationStatus.SUBSTANTIATED);
                case AllegationDismissed e -> allegations.put(e.behaviour(), AllegationStatus.DISMISSED);
                case ClosureProposed e -> status = CaseStatus.CLOSURE_PROPOSED;
                case ClosureRejected e -> status = CaseStatus.UNDER_INVESTIGATION;
                case ClosureApproved e -> status = CaseStatus.CLOSED;
                case CaseReopened e -> status = CaseStatus.UNDER_INVESTIGATION;
                case EvidenceSubmitted e -> evidence.put(e.itemId(), new Item(e.itemId(), e.title(),
                        e.confidentiality().name()));
                case EvidenceReclassified e -> evidence.computeIfPresent(e.itemId(), (k, v) -> new Item(k, v.title(),
                        e.to().name()));
                case EvidenceExcluded e -> evidence.computeIfPresent(e.itemId(), (k, v) -> new Item(k, v.title(),
                        v.state() + ", EXCLUDED"));
                case AccountFreezeRequested e -> freezes.put(e.freezeId(), new Item(e.freezeId(),
                        Words.capitalised(e.scope()) + " freeze of " + String.join(", ", e.accounts()), "REQUESTED"));
                case AccountFreezeApproved e -> freeze(e.freezeId(), "APPROVED");
                case AccountFreezeRejected e -> freeze(e.freezeId(), "REJECTED");
                case AccountFreezeExecuted e -> freeze(e.freezeId(), "EXECUTED");
                case AccountFreezeFailed e -> {
                    if (!e.lift()) {
                        freeze(e.freezeId(), "FAILED");
                    }
                }
                case FreezeLiftRequested e -> freeze(e.freezeId(), "LIFT_REQUESTED");
                case FreezeLiftRejected e -> freeze(e.freezeId(), "EXECUTED");
                case FreezeLiftApproved e -> freeze(e.freezeId(), "LIFT_APPROVED");
                case AccountFreezeLifted e -> freeze(e.freezeId(), "LIFTED");
                case DisclosureDrafted e -> disclosures.put(e.disclosureId(), new Item(e.disclosureId(),
                        Words.capitalised(e.kind()), "DRAFT"));
                case DisclosureSubmittedForApproval e -> disclosure(e.disclosureId(), "SUBMITTED");
                case DisclosureApproved e -> disclosure(e.disclosureId(), "APPROVED");
                case DisclosureRejected e -> disclosure(e.disclosureId(), "DRAFT");
                case DisclosurePublished e -> disclosures.computeIfPresent(e.disclosureId(), (k, v) -> new Item(k,
                        v.title() + " " + e.noticeReference(), "PUBLISHED"));
                case DisclosureSuperseded e -> disclosure(e.disclosureId(), "PUBLISHED, SUPERSEDED");
                default -> {
                    // notes, verifications, holds and the like change none of this
                }
            }
        }

        private void freeze(String id, String state) {
            freezes.computeIfPresent(id, (k, v) -> new Item(k, v.title(), state));
        }

        private void disclosure(String id, String state) {
            disclosures.computeIfPresent(id, (k, v) -> new Item(k, v.title(), state));
        }
    }
}
