package org.glassbox.analysis.methods;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.glassbox.api.evidence.EvidenceKind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A method of analysis: an id, a version that changes whenever its figures could change, its parameters
 * with their defaults, and one sentence that says what it does (printed on notices that cite it).
 * {@link #run} answers the result; everything in it is exact or rounded as stated, and every list in
 * it is totally ordered, so the same files and parameters always give the same bytes.
 */
public interface AnalysisMethod {

    String id();

    String version();

    String title();

    /** What the method does, in one sentence a reader of a public notice understands. */
    String description();

    List<Parameter> parameters();

    /** Whether it needs to know who traded (the public dumps do not say). */
    boolean needsAccounts();

    /** How many steps {@link #run} reports to its progress. */
    int steps();

    /** The kinds of evidence a run must be given (a trade file always). */
    default Set<EvidenceKind> requires() {
        return EnumSet.of(EvidenceKind.TRADE_EXPORT);
    }

    /** Whether a run reads evidence of this kind; a run is refused evidence it would not read. */
    default boolean reads(EvidenceKind kind) {
        return kind.isMarketData() || requires().contains(kind);
    }

    ObjectNode run(Market market, Progress progress) throws SQLException;
}
