package org.glassbox.ui.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.simulator.ExchangeAccountSimulator;
import org.glassbox.ui.GlassboxApplication;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.glassbox.ui.support.ThrowawayDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The application stops between a freeze's approval and its execution; a freshly started instance on
 * the same database executes it, exactly once as the account system counts.
 */
class FreezeRestartIT extends IntegrationTest {
    private static final String ORCHESTRATION = "FreezeExecutionProcessor";

    @Autowired
    ExchangeAccountSimulator exchange;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aFreezeApprovedBeforeARestartIsExecutedExactlyOnceAfterIt() throws Exception {
        String account = FreezeFixtures.account();
        String caseId = caseUnderInvestigation(account);
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, caseId, List.of(account), FreezeScope.FULL,
                List.of(new HeldAmount("USDT", new BigDecimal("5000000"))), "Proceeds", Urgency.URGENT,
                Instant.now().plus(30, ChronoUnit.DAYS)));

        // This instance goes down before it carries the approval to the account system.
        EventProcessor orchestration = processing.eventProcessor(ORCHESTRATION)
                .orElseThrow(() -> new AssertionError("no processor " + ORCHESTRATION));
        orchestration.shutDown();
        // Spring Security keeps its context strategy in a static; a second application replaces it.
        SecurityContextHolderStrategy security = SecurityContextHolder.getContextHolderStrategy();
        try {
            as("supervisor", new ApproveAccountFreeze(freezeId, null));
            Thread.sleep(1_000);
            assertThat(exchange.received(freezeId)).as("nothing reached the account system yet").isZero();
            assertThat(recorded(freezeId, "AccountFreezeExecuted")).isFalse();

            // Arguments, as an operator would start it: they outrank application.yml, default properties do not.
            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(GlassboxApplication.class)
                    .run("--glassbox.db.url=" + ThrowawayDatabase.jdbcUrl(),
                            "--glassbox.db.user=" + ThrowawayDatabase.user(), "--server.port=0",
                            "--vaadin.launch-browser=false", "--glassbox.deadlines.polling-interval=PT0.2S",
                            "--glassbox.evidence.local-dir=target/it-evidence",
                            "--glassbox.freeze.account-system.url=" + exchange.uri())) {
                await("the restarted instance executes the freeze", () -> recorded(freezeId, "AccountFreezeExecuted"));
            }
        } finally {
            SecurityContextHolder.setContextHolderStrategy(security);
            orchestration.start();
        }
        // The first instance is back; its orchestration must not carry the approval out a second time.
        String marker = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(marker, caseId, List.of(account), FreezeScope.TRADING,
                List.of(), "A later request", Urgency.ROUTINE, Instant.now().plus(30, ChronoUnit.DAYS)));
        as("supervisor", new ApproveAccountFreeze(marker, null));
        await("the first instance processes events after the restart", () -> recorded(marker, "AccountFreezeExecuted"));
        assertThat(exchange.applied(freezeId)).as("frozen once, counted by the account system").isEqualTo(1);
        assertThat(exchange.received(freezeId)).as("asked once").isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type = 'org.glassbox.api.freeze.AccountFreezeExecuted'""", Long.class, freezeId))
                .isEqualTo(1);
    }
}
