package org.glassbox.ui.cases;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.cases.CaseCounts;
import org.glassbox.api.cases.CaseCursor;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CasePage;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CountCaseTimelineEntries;
import org.glassbox.api.cases.CountCases;
import org.glassbox.api.cases.CountCasesByStatusAndSeverity;
import org.glassbox.api.cases.FindCase;
import org.glassbox.api.cases.FindCaseTimeline;
import org.glassbox.api.cases.FindCases;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.TimelineEntry;
import org.glassbox.api.shared.Actor;
import org.glassbox.ui.web.CaseNotFound;
import org.glassbox.ui.web.ReadSide;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What the REST API and the views share: sending case commands and reading the case views, with the
 * reader's visibility applied. Neither reads a table; both go through Axon's gateways.
 */
@Service
public class CaseService {
    private final CommandGateway commands;
    private final QueryGateway queries;

    CaseService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public FlaggedCase flag(FlagCase command) {
        return commands.sendAndWait(command);
    }

    /** Sends a command about an existing case and waits until it is handled (or rejected). */
    public void send(Object command) {
        commands.sendAndWait(command);
    }

    public CasePage find(Actor reader, CaseFilter filter, CaseSort sort, int offset, int limit) {
        return find(reader, filter, sort, offset, limit, null);
    }

    /** One page of the list, from an offset or just after a cursor of an earlier page. */
    public CasePage find(Actor reader, CaseFilter filter, CaseSort sort, int offset, int limit, CaseCursor after) {
        FindCases query = new FindCases(filter, sort, offset, limit, after);
        return CaseVisibility.restrict(reader, query.filter())
                .map(f -> queries.query(new FindCases(f, query.sort(), offset, limit, after), CasePage.class).join())
                .orElseGet(() -> new CasePage(List.of(), 0, offset, limit, null));
    }

    public long count(Actor reader, CaseFilter filter) {
        return CaseVisibility.restrict(reader, filter)
                .map(f -> queries.query(new CountCases(f), Long.class).join())
                .orElse(0L);
    }

    /** How many of the cases the reader may see stand in each status at each severity. */
    public CaseCounts counts(Actor reader, CaseFilter filter) {
        return CaseVisibility.restrict(reader, filter)
                .map(f -> queries.query(new CountCasesByStatusAndSeverity(f), CaseCounts.class).join())
                .orElseGet(() -> new CaseCounts(List.of()));
    }

    /** The case if it exists; refuses a reader who may not see it. */
    public Optional<CaseDetail> detail(Actor reader, String caseId) {
        Optional<CaseDetail> detail = queries.query(new FindCase(caseId),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        detail.ifPresent(d -> {
            if (!CaseVisibility.maySee(reader, d) && !hasDisclosureFor(reader, d)) {
                throw new AccessDeniedException("Communications staff may read case " + d.reference()
                        + " only once it is closed");
            }
        });
        return detail;
    }

    /** Communications staff also see an open case once a disclosure of it exists (domain.md). */
    private boolean hasDisclosureFor(Actor reader, CaseDetail d) {
        return reader.has(org.glassbox.api.shared.Role.COMMUNICATIONS) && !queries.query(
                new org.glassbox.api.disclosure.FindCaseDisclosures(d.caseId()),
                ResponseTypes.multipleInstancesOf(org.glassbox.api.disclosure.DisclosureSummary.class)).join().isEmpty();
    }

    public CaseDetail require(Actor reader, String caseId) {
        return detail(reader, caseId).orElseThrow(() -> new CaseNotFound(caseId));
    }

    public List<TimelineEntry> timeline(Actor reader, String caseId) {
        return timeline(reader, caseId, 0, FindCaseTimeline.ALL);
    }

    /** One page of the case's timeline, oldest first. */
    public List<TimelineEntry> timeline(Actor reader, String caseId, int offset, int limit) {
        require(reader, caseId);
        return queries.query(new FindCaseTimeline(caseId, offset, limit),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
    }

    public long timelineSize(Actor reader, String caseId) {
        require(reader, caseId);
        return queries.query(new CountCaseTimelineEntries(caseId), Long.class).join();
    }

    /** Waits (up to the timeout) until the case views show the case at a version above the given one. */
    public Optional<CaseDetail> awaitNewerThan(Actor reader, String caseId, long version, long timeoutMillis) {
        AtomicReference<Optional<CaseDetail>> latest = new AtomicReference<>(Optional.empty());
        ReadSide.awaitUntil(() -> {
            latest.set(detail(reader, caseId));
            return latest.get().map(d -> d.version() > version).orElse(false);
        }, timeoutMillis);
        return latest.get();
    }
}
