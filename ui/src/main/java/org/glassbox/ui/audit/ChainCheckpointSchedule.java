package org.glassbox.ui.audit;

import java.time.Duration;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.command.audit.ChainCheckpointing;
import org.glassbox.command.audit.ChainSigner;
import org.glassbox.ui.infrastructure.ClusterJobs;
import org.glassbox.ui.infrastructure.NodeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * Signs the hash chain's head every so often (glassbox.audit.checkpoint-every) with the Ed25519 key
 * glassbox.audit.signing-key / glassbox.audit.public-key (base64 PKCS#8 / X.509). Without one in
 * configuration, the key is made on first start and kept, owner-readable only, in glassbox.keys-dir,
 * so every restart signs with the same key; an administrator can rotate it.
 */
@Configuration(proxyBeanMethods = false)
class ChainCheckpointSchedule {
    private static final Logger log = LoggerFactory.getLogger(ChainCheckpointSchedule.class);

    @Bean
    ChainSigner chainSigner(@Value("${glassbox.audit.signing-key:}") String privateKey,
            @Value("${glassbox.audit.public-key:}") String publicKey,
            @Value("${glassbox.keys-dir:${user.home}/.glassbox/keys}") java.nio.file.Path keys) {
        ChainSigner signer = privateKey.isBlank() ? ChainSigner.kept(keys) : ChainSigner.of(privateKey, publicKey);
        log.info("Chain checkpoints and exports are signed with key {} ({}), public key {}", signer.keyId(),
                signer.isKept() ? "kept in " + keys : "from configuration", signer.publicKey());
        return signer;
    }

    @Bean
    Signing chainCheckpointSigning(ChainCheckpointing checkpointing, CommandGateway commands) {
        return new Signing(checkpointing, commands);
    }

    /** Once per period across every node (db-scheduler), not once per node. */
    @Bean
    RecurringTask<Void> chainCheckpointTask(org.springframework.beans.factory.ObjectProvider<Signing> signing,
            JdbcTemplate jdbc, java.time.Clock clock, NodeName node,
            @Value("${glassbox.audit.checkpoint-first:PT1M}") Duration first,
            @Value("${glassbox.audit.checkpoint-every:PT10M}") Duration every) {
        return ClusterJobs.every("chain-checkpoint", first, every, jdbc, clock, node.value(),
                () -> signing.getObject().sign());
    }

    @Bean
    RecurringTask<Void> integrityVerificationTask(org.springframework.beans.factory.ObjectProvider<Signing> signing,
            JdbcTemplate jdbc, java.time.Clock clock,
            NodeName node, @Value("${glassbox.audit.verify-first:PT1H}") Duration first,
            @Value("${glassbox.audit.verify-every:PT24H}") Duration every) {
        return ClusterJobs.every("integrity-verification", first, every, jdbc, clock, node.value(),
                () -> signing.getObject().verify());
    }

    static final class Signing {
        private final ChainCheckpointing checkpointing;
        private final CommandGateway commands;

        Signing(ChainCheckpointing checkpointing, CommandGateway commands) {
            this.checkpointing = checkpointing;
            this.commands = commands;
        }

        /** The whole record verified on a schedule too; the report lands in the history like an auditor's. */
        void verify() {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new org.glassbox.api.audit.VerifyIntegrity(
                    java.util.UUID.randomUUID().toString())).andMetaData(Map.of(MetaDataKeys.USER_ID,
                            "glassbox-schedule", MetaDataKeys.USER_ROLES, Role.SYSTEM.name())));
        }

        void sign() {
            signAs("glassbox-checkpoint", null);
        }

        /** Signs the head now; answers whether there was a head to sign. */
        boolean signAs(String actor, String reason) {
            var command = checkpointing.checkpoint();
            if (command == null) {
                return false;
            }
            Map<String, String> meta = new java.util.HashMap<>(Map.of(MetaDataKeys.USER_ID, actor,
                    MetaDataKeys.USER_ROLES, Role.SYSTEM.name()));
            if (reason != null) {
                meta.put(MetaDataKeys.REASON, reason);
            }
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
            return true;
        }
    }
}
