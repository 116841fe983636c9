package org.glassbox.query.audit;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.glassbox.api.audit.ChainCheckpointSigned;
import org.glassbox.api.audit.FindLatestChainCheckpoint;
import org.glassbox.api.audit.SignedChainHead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Feeds the signed chain head shown on the public registry, and answers it. */
@Component
@ProcessingGroup(ChainCheckpointProjection.PROCESSING_GROUP)
public class ChainCheckpointProjection {
    public static final String PROCESSING_GROUP = "audit-views";

    private final JdbcTemplate jdbc;

    ChainCheckpointProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChainCheckpointSigned e, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO chain_checkpoint_view (checkpoint_id, position, digest, signature, public_key, signed_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (checkpoint_id) DO NOTHING""", e.checkpointId(), e.position(),
                e.digest(), e.signature(), e.publicKey(), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE chain_checkpoint_view");
    }

    @QueryHandler
    Optional<SignedChainHead> handle(FindLatestChainCheckpoint query) {
        return jdbc.query("""
                SELECT position, digest, signature, public_key, signed_at FROM chain_checkpoint_view
                ORDER BY signed_at DESC, position DESC LIMIT 1""", (rs, n) -> new SignedChainHead(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).stream().findFirst();
    }
}
