package org.glassbox.query.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BatchedWritesTest {
    private static final String INSERT_CASE = "INSERT INTO case_view ...";
    private static final String INSERT_ENTRY = "INSERT INTO case_timeline_entry ...";
    private static final String ASSIGN = "UPDATE case_view SET assignee = ? ...";
    private static final String START = "UPDATE case_view SET status = ? ...";

    private final BatchedWrites.Pending pending = new BatchedWrites.Pending();

    @Test
    void writesOfManyCasesAreGroupedIntoOneBatchPerStatement() {
        for (String id : List.of("a", "b", "c")) {
            pending.add(id, INSERT_CASE, new Object[] {id});
            pending.add(id, INSERT_ENTRY, new Object[] {id});
        }
        pending.add("b", ASSIGN, new Object[] {"b"});
        pending.add("d", INSERT_CASE, new Object[] {"d"});

        assertThat(shape()).containsExactly(
                INSERT_CASE + " a b c d",
                INSERT_ENTRY + " a b c",
                ASSIGN + " b");
    }

    @Test
    void aWriteNeverRunsBeforeAnEarlierWriteOfItsOwnCase() {
        pending.add("a", INSERT_CASE, new Object[] {"a"});
        pending.add("a", START, new Object[] {"a 1"});
        pending.add("a", ASSIGN, new Object[] {"a 2"});
        // The start of case a again, after its assignment: it must not join the first start group.
        pending.add("a", START, new Object[] {"a 3"});
        pending.add("b", START, new Object[] {"b"});

        assertThat(shape()).containsExactly(
                INSERT_CASE + " a",
                START + " a 1",
                ASSIGN + " a 2",
                START + " a 3 b");
    }

    @Test
    void writesOfOneCaseKeepTheirOrderWithinABatch() {
        pending.add("a", ASSIGN, new Object[] {"first"});
        pending.add("b", START, new Object[] {"b"});
        pending.add("a", ASSIGN, new Object[] {"second"});

        assertThat(shape()).containsExactly(ASSIGN + " first second", START + " b");
    }

    private List<String> shape() {
        return pending.groups().stream().map(g -> g.sql() + " " + String.join(" ",
                g.rows().stream().map(row -> (String) row[0]).toList())).toList();
    }
}
