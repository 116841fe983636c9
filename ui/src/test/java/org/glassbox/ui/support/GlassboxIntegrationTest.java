package org.glassbox.ui.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.glassbox.ui.GlassboxApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port and the run's throwaway PostgreSQL, with the demo users.
 * One annotation for API, view and browser tests alike, so that they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = GlassboxApplication.class,
        properties = {"glassbox.axon.gap-timeout=PT1S", "vaadin.launch-browser=false", "vaadin.devmode.devTools.enabled=false",
                "glassbox.evidence.local-dir=target/it-evidence", "glassbox.keys-dir=target/it-keys", "glassbox.evidence.max-size=5MB",
                "glassbox.freeze.retry-first=PT0.5S", "glassbox.deadlines.polling-interval=PT0.2S",
                "glassbox.freeze.decision-due.urgent=PT2S", "glassbox.audit.checkpoint-first=PT24H",
                "glassbox.audit.verify-first=PT24H",
                "glassbox.freeze.account-system.timeout=PT1S",
                "glassbox.freeze.account-system.circuit-open-for=PT0.5S",
                // Every test comes from 127.0.0.1: address-wide limits are tested apart, with their own address.
                "glassbox.security.login.max-failures-per-address=100000", "glassbox.public.verify.per-minute=100000"})
@ActiveProfiles("demo")
@ContextConfiguration(initializers = ThrowawayDatabase.Initializer.class)
public @interface GlassboxIntegrationTest {
}
