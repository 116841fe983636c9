package org.glassbox.ui.evidence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.evidence.FindEvidenceToVerify;
import org.glassbox.api.evidence.VerifyEvidence;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.infrastructure.ClusterJobs;
import org.glassbox.ui.infrastructure.NodeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * Re-verifies every item in use once per cycle ({@code glassbox.evidence.verify-every}, default a day):
 * re-reads the stored bytes and records whether they are intact. Runs as the SYSTEM actor, so its
 * checks appear in each item's custody log as the schedule's, not a person's.
 */
@Component
public class EvidenceVerificationSchedule {
    static final String ACTOR = "glassbox-verifier";
    private static final Logger log = LoggerFactory.getLogger(EvidenceVerificationSchedule.class);
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final Duration cycle;

    EvidenceVerificationSchedule(CommandGateway commands, QueryGateway queries, Clock clock,
            @Value("${glassbox.evidence.verify-every:P1D}") Duration cycle) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.cycle = cycle;
    }

    /** Looks for items due every verify-check, once across the cluster (db-scheduler). */
    @org.springframework.context.annotation.Bean
    static RecurringTask<Void> evidenceVerificationTask(org.springframework.beans.factory.ObjectProvider<
            EvidenceVerificationSchedule> schedule, JdbcTemplate jdbc, Clock clock, NodeName node,
            @Value("${glassbox.evidence.verify-check:PT10M}") Duration check) {
        return ClusterJobs.every("evidence-verification", check, check, jdbc, clock, node.value(),
                () -> schedule.getObject().verifyDue());
    }

    public void verifyDue() {
        int checked = 0;
        List<String> due;
        do {
            due = queries.query(new FindEvidenceToVerify(clock.instant().minus(cycle), 200),
                    ResponseTypes.multipleInstancesOf(String.class)).join();
            for (String itemId : due) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new VerifyEvidence(itemId))
                        .andMetaData(Map.of(MetaDataKeys.USER_ID, ACTOR, MetaDataKeys.USER_ROLES, Role.SYSTEM.name())));
                checked++;
            }
            // The read model catches up within milliseconds; stop rather than re-check an item it still lists.
        } while (due.size() == 200 && checked < 100_000 && waitForViews());
        if (checked > 0) {
            log.info("Verified the stored bytes of {} evidence item(s)", checked);
        }
    }

    private static boolean waitForViews() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
