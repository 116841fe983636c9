package org.glassbox.query.projections;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.glassbox.query.shared.BatchedWrites;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Proves the screens show what the events say: rebuilds every read model into a throwaway shadow
 * schema by feeding the whole event store through fresh instances of the projections, then compares
 * a checksum of each live table with its rebuilt twin. The live tables are not touched.
 */
@Component
public class ProjectionAudit {
    /** The read models the projections write, each compared whole. */
    public static final List<String> TABLES = List.of("case_view", "case_activity", "case_allegation_view",
            "case_timeline_entry", "evidence_view", "evidence_custody_entry", "freeze_view", "freeze_history_entry",
            "account_freeze_view", "account_hold_view", "disclosure_view", "disclosure_revision", "public_notice",
            "chain_checkpoint_view", "analysis_run");

    private final DataSource dataSource;
    private final EventStore eventStore;
    private final ApplicationContext context;
    private final JdbcTemplate live;

    public ProjectionAudit(DataSource dataSource, EventStore eventStore, ApplicationContext context, JdbcTemplate live) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.context = context;
        this.live = live;
    }

    /** One read model's checksum, live and rebuilt. */
    public record TableChecksum(String table, long liveRows, long rebuiltRows, String live, String rebuilt) {
        public boolean equal() {
            return live.equals(rebuilt);
        }
    }

    /** The comparison, and whether events arrived while it ran (then compare again when quiet). */
    public record Report(long eventsReplayed, long upToIndex, boolean liveMovedOn, List<TableChecksum> tables) {
        public boolean allEqual() {
            return tables.stream().allMatch(TableChecksum::equal);
        }
    }

    public Report audit() throws SQLException {
        Long head = live.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long upTo = head == null ? -1 : head;
        String schema = "shadow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                for (String table : TABLES) {
                    s.execute("CREATE TABLE " + schema + "." + table + " (LIKE public." + table + " INCLUDING ALL)");
                }
                s.execute("SET search_path TO " + schema + ", public");
            }
            try {
                JdbcTemplate shadow = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                long replayed = replay(shadow, upTo);
                List<TableChecksum> checksums = new ArrayList<>();
                for (String table : TABLES) {
                    checksums.add(new TableChecksum(table, count(live, "public." + table),
                            count(shadow, schema + "." + table), checksum(live, "public." + table),
                            checksum(shadow, schema + "." + table)));
                }
                Long after = live.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
                return new Report(replayed, upTo, after != null && after > upTo, checksums);
            } finally {
                try (Statement s = connection.createStatement()) {
                    s.execute("SET search_path TO public");
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private long replay(JdbcTemplate shadow, long upTo) {
        List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
        context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> bean.getClass().getPackageName().startsWith("org.glassbox.query"))
                .forEach(bean -> projections.add(new AnnotationEventHandlerAdapter(fresh(bean.getClass(), shadow))));
        long replayed = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (index(event.trackingToken()) > upTo) {
                    break;
                }
                replayed++;
                for (AnnotationEventHandlerAdapter projection : projections) {
                    if (projection.canHandle(event)) {
                        DefaultUnitOfWork.startAndGet(event).execute(() -> {
                            try {
                                projection.handle(event);
                            } catch (Exception e) {
                                throw new IllegalStateException("Rebuilding " + projection.getTargetType()
                                        .getSimpleName() + " failed at event " + event.getIdentifier(), e);
                            }
                        });
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return replayed;
    }

    private static long index(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gap) {
            return gap.getIndex();
        }
        if (token instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        return token.position().orElse(Long.MAX_VALUE);
    }

    /** A second instance of the projection writing over the shadow schema: its constructor takes only these. */
    private static Object fresh(Class<?> type, JdbcTemplate shadow) {
        try {
            var constructor = java.util.Arrays.stream(type.getDeclaredConstructors())
                    .filter(c -> java.util.Arrays.stream(c.getParameterTypes())
                            .allMatch(p -> p == JdbcTemplate.class || p == BatchedWrites.class))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchMethodException("a constructor of JdbcTemplate and BatchedWrites only"));
            Object[] args = java.util.Arrays.stream(constructor.getParameterTypes())
                    .map(p -> p == JdbcTemplate.class ? shadow : new BatchedWrites(shadow)).toArray();
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Projection " + type.getName() + " cannot be built over a shadow schema",
                    e);
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    /** An order-independent digest of the table's rows as text (the rows are what the screens read). */
    private static String checksum(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM "
                + table + " t", String.class);
    }
}
