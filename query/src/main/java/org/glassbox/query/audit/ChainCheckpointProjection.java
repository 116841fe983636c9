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
                INSERT INTO chain_checkpoint_view (checkpoint_id, position, digest, signature, public_key, key_id,
                    signed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (checkpoint_id) DO NOTHING""", e.checkpointId(),
                e.position(), e.digest(), e.signature(), e.publicKey(), e.keyId(), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE chain_checkpoint_view");
    }

    @QueryHandler
    Optional<SignedChainHead> handle(FindLatestChainCheckpoint query) {
        return jdbc.query("""
                SELECT position, digest, signature, public_key, key_id, signed_at FROM chain_checkpoint_view
                ORDER BY signed_at DESC, position DESC LIMIT 1""", (rs, n) -> new SignedChainHead(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .stream().findFirst();
    }

    @QueryHandler
    java.util.List<org.glassbox.api.audit.SigningKeyPeriod> handle(org.glassbox.api.audit.FindSigningKeys query) {
        return jdbc.query("""
                SELECT key_id, min(public_key), min(signed_at), max(signed_at), count(*), min(position), max(position)
                FROM chain_checkpoint_view GROUP BY key_id ORDER BY min(signed_at), key_id""",
                (rs, n) -> new org.glassbox.api.audit.SigningKeyPeriod(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7)));
    }
}
