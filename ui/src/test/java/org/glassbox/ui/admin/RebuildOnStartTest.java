package org.glassbox.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.glassbox.query.projections.ProjectionRebuild;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The command-line switch --glassbox.projections.rebuild=true starts a rebuild once the app is ready. */
class RebuildOnStartTest {
    static final AtomicInteger rebuilds = new AtomicInteger();

    /** Counts rebuilds instead of replaying; the replay itself is proven in CaseViewsIT. */
    static class CountingRebuild extends ProjectionRebuild {
        CountingRebuild() {
            super(null, null);
        }

        @Override
        public void rebuildAll() {
            rebuilds.incrementAndGet();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(ProjectionRebuild.class, CountingRebuild::new)
            .withUserConfiguration(RebuildOnStart.class);

    @Test
    void theSwitchRebuildsTheReadModelsAtStart() {
        runner.withPropertyValues("glassbox.projections.rebuild=true").run(context -> {
            assertThat(context).hasSingleBean(RebuildOnStart.class);
            int before = rebuilds.get();
            context.getBean(RebuildOnStart.class).rebuild();
            assertThat(rebuilds.get()).isEqualTo(before + 1);
        });
    }

    @Test
    void withoutTheSwitchNothingIsRebuilt() {
        runner.run(context -> assertThat(context).doesNotHaveBean(RebuildOnStart.class));
        runner.withPropertyValues("glassbox.projections.rebuild=false")
                .run(context -> assertThat(context).doesNotHaveBean(RebuildOnStart.class));
    }
}
