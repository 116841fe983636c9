package org.glassbox.query.analysis;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.glassbox.api.analysis.AnalysisCompleted;
import org.glassbox.api.analysis.AnalysisFailed;
import org.glassbox.api.analysis.AnalysisLinkedToAllegation;
import org.glassbox.api.analysis.AnalysisNotReproduced;
import org.glassbox.api.analysis.AnalysisReproduced;
import org.glassbox.api.analysis.AnalysisRequested;
import org.glassbox.api.analysis.AnalysisStarted;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.analysis.AnalysisVerificationRequested;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.shared.VersionedRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * One row per analysis run (table analysis_run): what was asked, where it is, what came of it, its last
 * verification and the allegations it supports. Structured parts are kept as JSON text written with
 * sorted keys, so that a rebuild writes the same bytes. Updates apply only to a newer version.
 */
@Component
@ProcessingGroup(AnalysisViews.PROCESSING_GROUP)
class AnalysisRunProjection {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final JdbcTemplate jdbc;
    private final VersionedRow rows;

    AnalysisRunProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new VersionedRow(jdbc, "analysis_run", "run_id");
    }

    @EventHandler
    void on(AnalysisRequested e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        jdbc.update("""
                INSERT INTO analysis_run (run_id, case_id, method, method_version, status, inputs, parameters,
                    case_accounts, requested_by, requested_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id) DO NOTHING""", e.runId(), e.caseId(), e.method(), e.methodVersion(),
                AnalysisStatus.QUEUED.name(), json(e.inputs()), json(e.parameters()),
                e.caseAccounts().toArray(String[]::new), user, Timestamp.from(at), seq);
    }

    @EventHandler
    void on(AnalysisStarted e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.runId(), seq, "status = ?, started_at = ?", AnalysisStatus.RUNNING.name(), Timestamp.from(at));
    }

    @EventHandler
    void on(AnalysisCompleted e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.runId(), seq, "status = ?, result_digest = ?, result_address = ?, result_size = ?, engine = ?,"
                + " headline = ?, completed_at = ?, public_digest = ?, public_address = ?", AnalysisStatus.COMPLETED.name(),
                e.resultDigest(), e.result().address(), e.result().size(), json(e.engine()), json(e.headline()),
                Timestamp.from(at), e.publicDigest(), e.publicResult() == null ? null : e.publicResult().address());
    }

    @EventHandler
    void on(AnalysisFailed e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.runId(), seq, "status = ?, failure = ?, completed_at = ?",
                (e.refused() ? AnalysisStatus.REFUSED : AnalysisStatus.FAILED).name(), e.reason(), Timestamp.from(at));
    }

    @EventHandler
    void on(AnalysisVerificationRequested e, @SequenceNumber Long seq,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.runId(), seq, "verification = 'RUNNING', verified_at = ?", Timestamp.from(at));
    }

    @EventHandler
    void on(AnalysisReproduced e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.runId(), seq, "verification = 'REPRODUCED', verified_at = ?, verification_digest = ?,"
                + " verification_problem = NULL", Timestamp.from(at), e.resultDigest());
    }

    @EventHandler
    void on(AnalysisNotReproduced e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.runId(), seq, "verification = 'NOT_REPRODUCED', verified_at = ?, verification_digest = ?,"
                + " verification_problem = ?", Timestamp.from(at), e.found(), e.problem());
    }

    @EventHandler
    void on(AnalysisLinkedToAllegation e, @SequenceNumber Long seq) {
        rows.update(e.runId(), seq, "allegations = array_append(allegations, ?)", e.behaviour().name());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE analysis_run");
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
