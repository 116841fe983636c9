package org.glassbox.query.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-model writes of one processor batch, held until the batch is about to commit and then sent as
 * one JDBC batch per statement text: a hundred events cost a few round trips to the database instead
 * of two or three each (the rebuild spent most of its time waiting for those answers).
 *
 * <p>Each write names the read-model row it belongs to (its key, e.g. the case id). Writes of one key
 * run in the order they were made; writes of different keys touch different rows, so they may be
 * sent in any order, which is what lets the statements of a batch be grouped. A projection that reads
 * its own tables while handling an event calls {@link #flush()} first. Outside a unit of work (a test
 * calling a handler directly) a write runs at once.
 */
@Component
public class BatchedWrites {
    private static final String RESOURCE = BatchedWrites.class.getName();

    private final JdbcTemplate jdbc;

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the statement before the current batch commits, after every earlier write of the same key. */
    public void update(String key, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        pending(CurrentUnitOfWork.get().root()).add(key, sql, args);
    }

    /** Sends what the current batch holds now: before a handler reads a table it or its group writes. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            pending(CurrentUnitOfWork.get().root()).flush(jdbc);
        }
    }

    private Pending pending(UnitOfWork<?> root) {
        return root.getOrComputeResource(RESOURCE, key -> {
            Pending pending = new Pending();
            // A failure here fails the batch: it rolls back and the processor retries it, as before.
            root.onPrepareCommit(u -> pending.flush(jdbc));
            return pending;
        });
    }

    /**
     * Statements grouped by text. A write joins the last group of its text unless a write of its key
     * sits in a later group (it must run after that one): then it opens a new group at the end.
     */
    static final class Pending {
        private final List<Group> groups = new ArrayList<>();
        private final Map<String, Integer> lastGroupOfKey = new HashMap<>();
        private final Map<String, Integer> lastGroupOfText = new HashMap<>();

        void add(String key, String sql, Object[] args) {
            int afterKey = lastGroupOfKey.getOrDefault(key, -1);
            Integer sameText = lastGroupOfText.get(sql);
            int index;
            if (sameText != null && sameText >= afterKey) {
                index = sameText;
            } else {
                groups.add(new Group(sql, new ArrayList<>()));
                index = groups.size() - 1;
                lastGroupOfText.put(sql, index);
            }
            groups.get(index).rows().add(args);
            lastGroupOfKey.put(key, index);
        }

        List<Group> groups() {
            return groups;
        }

        void flush(JdbcTemplate jdbc) {
            for (Group group : groups) {
                jdbc.batchUpdate(group.sql(), group.rows());
            }
            groups.clear();
            lastGroupOfKey.clear();
            lastGroupOfText.clear();
        }
    }

    record Group(String sql, List<Object[]> rows) {
    }
}
