package org.glassbox.api.analysis;

import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.evidence.StoredBlob;

/** One evidence item a run reads, as it was when the run was asked for: its bytes' digest and its profile. */
public record AnalysisInput(String itemId, EvidenceKind kind, String title, StoredBlob blob, MarketDataProfile profile) {
}
