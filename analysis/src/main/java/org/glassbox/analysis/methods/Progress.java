package org.glassbox.analysis.methods;

/** Told after each step of a run: how many of how many steps are done, and what is being done now. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, step) -> {
    };

    void step(int done, int total, String step);
}
