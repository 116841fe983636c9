package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.ApproveClosure;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CasePage;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.CaseSummary;
import org.glassbox.api.cases.ChangeSeverity;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.CountCaseTimelineEntries;
import org.glassbox.api.cases.FindCase;
import org.glassbox.api.cases.FindCaseTimeline;
import org.glassbox.api.cases.FindCases;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.cases.TimelineEntry;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Severity;
import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case list, case page and timeline answer from PostgreSQL read models, and rebuild identically. */
class CaseViewsIT extends IntegrationTest {
    @Autowired
    QueryGateway queries;
    @Autowired
    ProjectionRebuild rebuild;

    private String flag(String mm, String name, List<String> symbols, Set<Behaviour> behaviours, Severity severity,
            String summary) {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(), new MarketMaker(mm, name),
                List.of("UID-1001"), symbols, behaviours, summary, severity, CaseSource.manual()));
        return c.caseId();
    }

    private CasePage find(CaseFilter filter, CaseSort sort, int offset, int limit) {
        return queries.query(new FindCases(filter, sort, offset, limit), CasePage.class).join();
    }

    private Optional<CaseDetail> detail(String id) {
        return queries.query(new FindCase(id), ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
    }

    private void awaitVersion(String id, long version) {
        await("case " + id + " reaches version " + version,
                () -> detail(id).map(d -> d.version() >= version).orElse(false));
    }

    private static CaseFilter byMarketMaker(String mm) {
        return new CaseFilter(Set.of(), mm, null, null, null, null);
    }

    @Test
    void theListFiltersSearchesSortsAndPages() {
        String mm = unique("mm");
        String a = flag(mm, "Filter Capital", List.of("AAAUSDT"), Set.of(Behaviour.SPOOFING), Severity.LOW,
                "layered bids on the AAA book");
        String b = flag(mm, "Filter Capital", List.of("BBBUSDT", "AAAUSDT"), Set.of(Behaviour.WASH_TRADING),
                Severity.CRITICAL, "self-matched volume");
        String c = flag(mm, "Filter Capital", List.of("CCCUSDT"), Set.of(Behaviour.WASH_TRADING, Behaviour.LAYERING),
                Severity.MEDIUM, "quote stuffing");
        as("supervisor", new AssignCase(c, "investigator2"));
        as("investigator2", new StartInvestigation(c));
        awaitVersion(c, 2);
        awaitVersion(a, 0);
        awaitVersion(b, 0);

        assertThat(find(byMarketMaker(mm), CaseSort.NEWEST_FIRST, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(c, b, a);
        assertThat(find(byMarketMaker(mm), CaseSort.OLDEST_FIRST, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(a, b, c);
        assertThat(find(byMarketMaker(mm), CaseSort.SEVERITY, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(b, c, a);
        assertThat(find(byMarketMaker(mm), CaseSort.LAST_ACTIVITY, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(c, b, a);

        // A note moves its case up by last activity; it leaves the case's wide list row as it was.
        Object rowBefore = jdbc.queryForObject("SELECT xmin::text FROM case_view WHERE case_id = ?", String.class, a);
        as("investigator", new AddCaseNote(a, "seen again"));
        awaitVersion(a, 1);
        assertThat(find(byMarketMaker(mm), CaseSort.LAST_ACTIVITY, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(a, c, b);
        assertThat(jdbc.queryForObject("SELECT xmin::text FROM case_view WHERE case_id = ?", String.class, a))
                .as("the row version of the case's list row").isEqualTo(rowBefore);
        List<String> byActivity = find(CaseFilter.any(), CaseSort.LAST_ACTIVITY, 0, FindCases.MAX_LIMIT).items()
                .stream().map(CaseSummary::caseId).filter(List.of(a, b, c)::contains).toList();
        assertThat(byActivity).as("unfiltered, by last activity").containsExactly(a, c, b);

        CaseFilter symbol = new CaseFilter(Set.of(), mm, "aaausdt", null, null, null);
        assertThat(find(symbol, CaseSort.REFERENCE, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactlyInAnyOrder(a, b);
        CaseFilter wash = new CaseFilter(Set.of(), mm, null, Behaviour.WASH_TRADING, null, null);
        assertThat(find(wash, CaseSort.REFERENCE, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactlyInAnyOrder(b, c);
        CaseFilter investigating = new CaseFilter(Set.of(CaseStatus.UNDER_INVESTIGATION), mm, null, null, null, null);
        assertThat(find(investigating, CaseSort.REFERENCE, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(c);
        CaseFilter assigned = new CaseFilter(Set.of(), mm, null, null, "investigator2", null);
        assertThat(find(assigned, CaseSort.REFERENCE, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(c);

        CaseFilter text = new CaseFilter(Set.of(), null, null, null, null, "SELF-MATCHED");
        assertThat(find(text, CaseSort.REFERENCE, 0, 50).items()).extracting(CaseSummary::caseId).contains(b)
                .doesNotContain(a, c);
        CaseFilter byName = new CaseFilter(Set.of(), null, null, null, null, mm.substring(3));
        assertThat(find(byName, CaseSort.REFERENCE, 0, 50).total()).isEqualTo(3);
        String reference = detail(a).orElseThrow().reference();
        CaseFilter byReference = new CaseFilter(Set.of(), null, null, null, null, reference.toLowerCase());
        assertThat(find(byReference, CaseSort.REFERENCE, 0, 50).items()).extracting(CaseSummary::caseId)
                .containsExactly(a);
        CaseFilter wildcard = new CaseFilter(Set.of(), mm, null, null, null, "%");
        assertThat(find(wildcard, CaseSort.REFERENCE, 0, 50).total()).as("LIKE wildcards are taken literally")
                .isZero();

        CasePage first = find(byMarketMaker(mm), CaseSort.OLDEST_FIRST, 0, 2);
        CasePage second = find(byMarketMaker(mm), CaseSort.OLDEST_FIRST, 2, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(first.items()).extracting(CaseSummary::caseId).containsExactly(a, b);
        assertThat(second.items()).extracting(CaseSummary::caseId).containsExactly(c);
    }

    @Test
    void keysetPagingWalksEverySortOrderLikeOffsetPaging() {
        String mm = unique("keyset");
        for (int i = 0; i < 7; i++) {
            flag(mm, "Keyset Capital", List.of("K" + i + "USDT"), Set.of(Behaviour.OTHER), Severity.values()[i % 4],
                    "case " + i);
        }
        CaseFilter filter = byMarketMaker(mm);
        await("7 cases listed", () -> find(filter, CaseSort.REFERENCE, 0, 50).total() == 7);
        for (CaseSort sort : CaseSort.values()) {
            List<String> byOffset = find(filter, sort, 0, 50).items().stream().map(CaseSummary::caseId).toList();
            List<String> byCursor = new java.util.ArrayList<>();
            CasePage page = find(filter, sort, 0, 3);
            byCursor.addAll(page.items().stream().map(CaseSummary::caseId).toList());
            while (page.nextCursor() != null) {
                page = queries.query(new FindCases(filter, sort, 0, 3,
                        org.glassbox.api.cases.CaseCursor.decode(page.nextCursor())), CasePage.class).join();
                assertThat(page.total()).isEqualTo(7);
                byCursor.addAll(page.items().stream().map(CaseSummary::caseId).toList());
            }
            assertThat(byCursor).as(sort.name()).isEqualTo(byOffset).hasSize(7);
        }
    }

    @Test
    void theCasePageAndTimelineTellTheWholeStory() {
        String id = flag(unique("mm"), "Story Markets", List.of("GPSUSDT"), Set.of(Behaviour.POST_LISTING_DUMP),
                Severity.HIGH, "70M GPS sold after listing");
        as("supervisor", new AssignCase(id, "investigator"));
        as("investigator", new StartInvestigation(id));
        as("investigator", new AddCaseNote(id, "export requested"));
        as("investigator", new ChangeSeverity(id, Severity.CRITICAL, "losses above $5M"));
        as("investigator", new SubstantiateAllegation(id, Behaviour.POST_LISTING_DUMP, "41M sold in 2 hours"));
        as("investigator", new ProposeClosure(id, ClosureOutcome.SANCTIONED, "offboard"));
        as("supervisor", new ApproveClosure(id, "agreed"));
        awaitVersion(id, 7);

        CaseDetail d = detail(id).orElseThrow();
        assertThat(d.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(d.outcome()).isEqualTo(ClosureOutcome.SANCTIONED);
        assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(d.assignee()).isEqualTo("investigator");
        assertThat(d.flaggedBy()).isEqualTo("investigator");
        assertThat(d.pendingClosure()).isNull();
        assertThat(d.closedAt()).isNotNull();
        assertThat(d.allegations()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AllegationStatus.SUBSTANTIATED);
            assertThat(a.reason()).isEqualTo("41M sold in 2 hours");
            assertThat(a.decidedBy()).isEqualTo("investigator");
        });

        List<TimelineEntry> timeline = queries.query(new FindCaseTimeline(id),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
        assertThat(timeline).extracting(TimelineEntry::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(timeline).extracting(TimelineEntry::actor).containsExactly("investigator", "supervisor",
                "investigator", "investigator", "investigator", "investigator", "investigator", "supervisor");
        assertThat(timeline.get(0).description()).startsWith("Flagged Story Markets").contains("post listing dump")
                .contains("the case is " + d.reference());
        assertThat(timeline.get(1).description()).isEqualTo("Assigned the case to investigator");
        assertThat(timeline.get(1).actorRoles()).isEqualTo("SUPERVISOR");
        assertThat(timeline.get(3).description()).isEqualTo("Added a note: export requested");
        assertThat(timeline.get(4).description()).isEqualTo("Changed the severity from high to critical");
        assertThat(timeline.get(4).reason()).isEqualTo("losses above $5M");
        assertThat(timeline.get(7).description())
                .isEqualTo("Approved the closure: the case is closed as sanctioned (proposed by investigator)");
        assertThat(timeline.get(7).reason()).isEqualTo("agreed");

        var entries = ResponseTypes.multipleInstancesOf(TimelineEntry.class);
        assertThat(queries.query(new FindCaseTimeline(id, 2, 3), entries).join()).extracting(TimelineEntry::sequence)
                .containsExactly(2L, 3L, 4L);
        assertThat(queries.query(new FindCaseTimeline(id, 7, 50), entries).join()).extracting(TimelineEntry::sequence)
                .containsExactly(7L);
        assertThat(queries.query(new CountCaseTimelineEntries(id), Long.class).join()).isEqualTo(8L);
    }

    @Test
    void aTimelinePageIsAskedWithANonNegativeOffsetAndAPositiveLimit() {
        assertThatThrownBy(() -> new FindCaseTimeline("c", -1, 10)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> new FindCaseTimeline("c", 0, 0)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("limit");
    }

    @Test
    void anUnknownCaseIsAbsent() {
        assertThat(detail("no-such-case")).isEmpty();
    }

    @Test
    void rebuildingFromTheEventStoreGivesTheSameReadModel() {
        String id = flag(unique("mm"), "Rebuild Ltd", List.of("RBDUSDT"), Set.of(Behaviour.KPI_BREACH), Severity.LOW,
                "spread too wide");
        as("supervisor", new AssignCase(id, "investigator"));
        awaitVersion(id, 1);
        await("the views are caught up", rebuild::caughtUp);
        List<Map<String, Object>> cases = snapshot("SELECT * FROM case_view ORDER BY case_id");
        List<Map<String, Object>> activity = snapshot("SELECT * FROM case_activity ORDER BY case_id");
        List<Map<String, Object>> allegations = snapshot("SELECT * FROM case_allegation_view ORDER BY case_id, behaviour");
        List<Map<String, Object>> timeline = snapshot("SELECT * FROM case_timeline_entry ORDER BY event_id");
        assertThat(cases).isNotEmpty();

        rebuild.rebuildAll();
        await("the rebuild replays every event", () -> rebuild.caughtUp()
                && count("case_view") == cases.size() && count("case_timeline_entry") == timeline.size());

        assertThat(snapshot("SELECT * FROM case_view ORDER BY case_id")).isEqualTo(cases);
        assertThat(snapshot("SELECT * FROM case_activity ORDER BY case_id")).isEqualTo(activity);
        assertThat(snapshot("SELECT * FROM case_allegation_view ORDER BY case_id, behaviour")).isEqualTo(allegations);
        assertThat(snapshot("SELECT * FROM case_timeline_entry ORDER BY event_id")).isEqualTo(timeline);
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private List<Map<String, Object>> snapshot(String sql) {
        return jdbc.queryForList(sql).stream().map(row -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            row.forEach((k, v) -> copy.put(k, v instanceof java.sql.Array array ? arrayText(array) : v));
            return (Map<String, Object>) copy;
        }).toList();
    }

    private static String arrayText(java.sql.Array array) {
        try {
            return java.util.Arrays.toString((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
