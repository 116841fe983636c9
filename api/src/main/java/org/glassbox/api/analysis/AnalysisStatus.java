package org.glassbox.api.analysis;

/** Where a run is: waiting, being computed, done, failed in the engine, or refused for its inputs. */
public enum AnalysisStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, REFUSED
}
