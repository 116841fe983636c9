package org.glassbox.command.analysis;

/** Where a running analysis reports how far it is, for screens that show its progress. */
public interface AnalysisProgress {

    void report(String runId, int done, int total, String step);

    void clear(String runId);
}
