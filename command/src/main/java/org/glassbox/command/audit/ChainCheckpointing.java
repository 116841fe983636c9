package org.glassbox.command.audit;

import java.util.HexFormat;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.audit.ChainCheckpointSigned;
import org.glassbox.api.audit.SignChainCheckpoint;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.Permissions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Signs the chain's current head; the schedule calls {@link #checkpoint()} and sends the result. */
@Component
public class ChainCheckpointing {
    private final Repository<ChainCheckpoint> checkpoints;
    private final JdbcTemplate jdbc;
    private final ChainSigner signer;

    public ChainCheckpointing(Repository<ChainCheckpoint> checkpoints, JdbcTemplate jdbc, ChainSigner signer) {
        this.checkpoints = checkpoints;
        this.jdbc = jdbc;
        this.signer = signer;
    }

    /** The command that signs the head as it is now, or null while the chain is empty. */
    public SignChainCheckpoint checkpoint() {
        return jdbc.query("SELECT position, digest FROM event_chain ORDER BY position DESC LIMIT 1", (rs, n) -> {
            long position = rs.getLong(1);
            String digest = HexFormat.of().formatHex(rs.getBytes(2));
            return new SignChainCheckpoint(UUID.randomUUID().toString(), position, digest,
                    signer.sign(ChainCheckpointSigned.message(position, digest)), signer.publicKey());
        }).stream().findFirst().orElse(null);
    }

    @CommandHandler
    public void handle(SignChainCheckpoint command, Actor actor) throws Exception {
        Permissions.require(actor, "sign a chain checkpoint", Role.SYSTEM);
        if (!ChainSigner.verifies(ChainCheckpointSigned.message(command.position(), command.digest()),
                command.signature(), command.publicKey())) {
            throw new IllegalArgumentException("The checkpoint's signature does not verify with its public key");
        }
        checkpoints.newInstance(() -> new ChainCheckpoint(command));
    }
}
