package org.glassbox.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The processors are built from glassbox.processors: tracking, their threads and batches, the short wait. */
class EventProcessorsIT extends IntegrationTest {
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyProcessorTracksTheStoreWithItsOwnSettingsAndAShortWaitForEvents() throws Exception {
        assertThat(processing.eventProcessors()).containsKeys("case-views", "audit-chain", "analysis-runner",
                "FreezeExecutionProcessor");
        for (var processor : processing.eventProcessors().values()) {
            assertThat(processor).as(processor.getName()).isInstanceOf(TrackingEventProcessor.class);
            assertThat(field(processor, "eventAvailabilityTimeout")).as(processor.getName()).isEqualTo(200);
        }
        TrackingEventProcessor cases = processing.eventProcessor("case-views", TrackingEventProcessor.class)
                .orElseThrow();
        assertThat(cases.maxCapacity()).isEqualTo(2);
        assertThat(field(cases, "batchSize")).isEqualTo(100);
        assertThat(field(processing.eventProcessor("analysis-runner").orElseThrow(), "batchSize")).isEqualTo(10);
    }

    private static Object field(Object processor, String name) throws ReflectiveOperationException {
        Field field = TrackingEventProcessor.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(processor);
    }
}
