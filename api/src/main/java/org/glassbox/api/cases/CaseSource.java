package org.glassbox.api.cases;

import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;

/**
 * Where a case came from. An ALERT names the surveillance alert id (unique across cases); a REPORT
 * may say who reported it; MANUAL needs nothing else. Plain on purpose: events carry it.
 */
public record CaseSource(SourceKind kind, String alertId, String reportedBy) {

    /** This source, checked and normalised as command input. */
    public CaseSource validated() {
        Checks.present("source.kind", kind);
        String alert = null;
        if (kind == SourceKind.ALERT) {
            alert = Checks.text("source.alertId", alertId, Limits.ALERT_ID).strip();
        } else if (alertId != null && !alertId.isBlank()) {
            throw new InvalidField("source.alertId", "is only for source kind ALERT");
        }
        return new CaseSource(kind, alert, Checks.optionalText("source.reportedBy", reportedBy, Limits.NAME));
    }

    public static CaseSource manual() {
        return new CaseSource(SourceKind.MANUAL, null, null);
    }

    public static CaseSource alert(String alertId) {
        return new CaseSource(SourceKind.ALERT, alertId, null);
    }

    public static CaseSource report(String reportedBy) {
        return new CaseSource(SourceKind.REPORT, null, reportedBy);
    }
}
