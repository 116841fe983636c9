package org.glassbox.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CaseNoteAdded;
import org.glassbox.api.cases.CasePage;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.FindCases;
import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.support.DemoAnalyses;
import org.glassbox.ui.support.SyntheticCases;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.component.grid.Grid;

/**
 * Issue 16's scale run: a store of 1,000,000 events and 100,000 cases (one of them with a 5,000-entry
 * timeline), filled through the event store and projected live, then the case list's first page, a
 * filtered page and a text search (each at most 100 ms on the server), the long case's page (at most
 * 300 ms, timeline read lazily) and the process's resident memory (at most 1 GB). Runs only with
 * {@code ./mvnw -Pbench verify}; appends to ui/target/bench-report.txt.
 */
class ScaleBenchmark extends ViewTest {
    private static final long EVENTS = Long.getLong("bench.scale.events", 1_000_000);
    private static final int CASES = Integer.getInteger("bench.scale.cases", 100_000);
    private static final int LONG_TIMELINE = Integer.getInteger("bench.scale.timeline", 5_000);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProjectionRebuild projections;
    @Autowired
    QueryGateway queries;

    private final List<String> report = new ArrayList<>();

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void measure() throws IOException {
        DemoAnalyses.awaitFinished(jdbc);
        String longCase = fill();
        // Autovacuum refreshes the planner's statistics (and clears the activity table's dead rows) within a
        // minute of such a load; here it is done at once, before measuring.
        for (String table : List.of("case_view", "case_activity", "case_allegation_view", "case_timeline_entry")) {
            jdbc.execute("VACUUM (ANALYZE) " + table);
        }

        line("   Case list on the server (through the query bus, median of 20, goal 100 ms each):");
        CaseFilter any = CaseFilter.any();
        list("first page, newest first", new FindCases(any, CaseSort.NEWEST_FIRST, 0, 50));
        list("newest first, page at offset 50,000", new FindCases(any, CaseSort.NEWEST_FIRST, 50_000, 50));
        list("by last activity, first page", new FindCases(any, CaseSort.LAST_ACTIVITY, 0, 50));
        list("by last activity, page at offset 50,000", new FindCases(any, CaseSort.LAST_ACTIVITY, 50_000, 50));
        list("filtered: status flagged, by severity", new FindCases(any.withStatuses(Set.of(CaseStatus.FLAGGED)),
                CaseSort.SEVERITY, 0, 50));
        list("text search 'northwind' (a quarter match)", new FindCases(new CaseFilter(Set.of(), null, null, null,
                null, "northwind"), CaseSort.NEWEST_FIRST, 0, 50));
        list("text search 'synthetic case 4242' (one)", new FindCases(new CaseFilter(Set.of(), null, null, null,
                null, "synthetic case 4242"), CaseSort.NEWEST_FIRST, 0, 50));

        line("     (case_view: %s on disk for its rows; the text search's count: %s)", jdbc.queryForObject(
                "SELECT pg_size_pretty(pg_relation_size('case_view'))", String.class),
                String.join("; ", jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT count(*) FROM"
                        + " case_view WHERE search_text LIKE '%northwind%'", String.class)).replaceAll("\\s+", " "));
        // The fill took minutes: the investigator signs in again and the browserless UI starts afresh (in a full
        // bench run the one made before the fill no longer carried the login when it was used).
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "investigator", "n/a", List.of(new SimpleGrantedAuthority("ROLE_INVESTIGATOR"))));
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        double page = median(15, () -> {
            navigate("cases/" + longCase, CaseDetailView.class);
            // The lazy timeline's first page, as the browser asks for it right after the page arrives.
            return $(Grid.class).id("timeline").getLazyDataView().getItem(0);
        });
        line("   The case page of %s with %,d timeline entries (server side: view built, its facts, actions, tabs and"
                + " the timeline's first page; median of 15): %.1f ms (goal 300 ms)", longCase, LONG_TIMELINE, page);
        String id = jdbc.queryForObject("SELECT case_id FROM case_view WHERE reference = ?", String.class, longCase);
        double whole = median(15, () -> jdbc.queryForList("SELECT description FROM case_timeline_entry"
                + " WHERE case_id = ? ORDER BY sequence", String.class, id));
        line("   (for comparison, reading all %,d entries at once, as the page did before: %.1f ms for the query"
                + " alone)", LONG_TIMELINE, whole);
        long first = System.nanoTime();
        as("investigator", new AddCaseNote(id, "first note of the benchmark"));
        double replayed = (System.nanoTime() - first) / 1e6;
        int[] n = {0};
        double snapshotted = median(20, () -> as("investigator", new AddCaseNote(id, "benchmark note " + ++n[0])));
        line("   AddCaseNote on that case: %.1f ms replaying all %,d events (the first, which stores a snapshot);"
                + " %.1f ms from the snapshot (median of 20)", replayed, LONG_TIMELINE, snapshotted);
        System.gc();
        line("   Resident memory of the process after the run: %s now, peak %s (heap capped at %d MB; the peak"
                + " includes every benchmark run before this one in the same JVM)", status("VmRSS"), status("VmHWM"),
                Runtime.getRuntime().maxMemory() >> 20);
        Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", report) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Appends CASES cases and enough notes to bring the store to EVENTS events, the first case taking
     * LONG_TIMELINE entries, and waits until the case views have projected them; answers the long case's
     * reference.
     */
    private String fill() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        long notes = Math.max(0, EVENTS - before - CASES);
        long spread = Math.max(0, notes - (LONG_TIMELINE - 1));
        long start = System.nanoTime();
        SyntheticCases cases = new SyntheticCases(eventStore, transactions);
        String longCase = null;
        for (int i = 0; i < CASES; i++) {
            String id = "scale-" + UUID.randomUUID();
            String reference = "GBX-2098-%06d".formatted(i + 1);
            cases.append(SyntheticCases.flagged(id, reference, i));
            long ofThisCase = i == 0 ? LONG_TIMELINE - 1 : spread / CASES + (i < spread % CASES ? 1 : 0);
            for (long n = 1; n <= ofThisCase; n++) {
                cases.append(new GenericDomainEventMessage<>("InvestigationCase", id, n,
                        new CaseNoteAdded(id, "Note " + n + ": checked the order book around the flagged window"),
                        SyntheticCases.INVESTIGATOR));
            }
            longCase = i == 0 ? reference : longCase;
        }
        long appended = cases.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        CaseBenchmark.TestWait.until("the case views projected the scale run's events", projections::caughtUp, 3600);
        double projected = (System.nanoTime() - start) / 1e9;
        long total = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        line("Scale run: %,d events in the store, %,d cases (%,d appended here in %.0f s, projected live by %.0f s)",
                total, jdbc.queryForObject("SELECT count(*) FROM case_view", Long.class), appended, seconds, projected);
        return longCase;
    }

    private void list(String what, FindCases query) {
        long[] total = new long[1];
        double ms = median(20, () -> total[0] = queries.query(query, CasePage.class).join().total());
        line("     %-44s %7.1f ms  (%,d matching)", what, ms, total[0]);
    }

    private static double median(int runs, Supplier<?> work) {
        work.get();
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        return micros[runs / 2] / 1000.0;
    }

    private static String status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> "%,d MB".formatted(Long.parseLong(l.replaceAll("\\D", "")) >> 10)).findFirst()
                .orElse("unknown");
    }

    private void line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        report.add(line);
        System.out.println("[bench] " + line);
    }
}
