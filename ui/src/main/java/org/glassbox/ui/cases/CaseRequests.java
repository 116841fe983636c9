package org.glassbox.ui.cases;

import java.util.List;
import java.util.Set;

import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.SourceKind;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Severity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the case endpoints, validated field by field before any command is built. */
final class CaseRequests {
    private CaseRequests() {
    }

    record FlagCaseRequest(
            @NotNull @Valid MarketMakerBody marketMaker,
            @NotEmpty @Size(max = Limits.MAX_ACCOUNTS) List<@NotBlank @Size(max = Limits.ACCOUNT) String> accounts,
            @NotEmpty @Size(max = Limits.MAX_SYMBOLS) List<@NotBlank @Size(max = Limits.SYMBOL) String> symbols,
            @NotEmpty Set<@NotNull Behaviour> behaviours,
            @NotBlank @Size(max = Limits.SUMMARY) String summary,
            @NotNull Severity severity,
            @NotNull @Valid SourceBody source) {
    }

    record MarketMakerBody(@NotBlank @Size(max = Limits.ID) String id, @NotBlank @Size(max = Limits.NAME) String name) {
    }

    record SourceBody(@NotNull SourceKind kind, @Size(max = Limits.ALERT_ID) String alertId,
            @Size(max = Limits.NAME) String reportedBy) {

        @AssertTrue(message = "is required when the source kind is ALERT, and only then")
        boolean isAlertId() {
            boolean given = alertId != null && !alertId.isBlank();
            return kind == null || given == (kind == SourceKind.ALERT);
        }
    }

    record AssignRequest(@NotBlank @Size(max = Limits.USERNAME) String investigator) {
    }

    record NoteRequest(@NotBlank @Size(max = Limits.NOTE) String text) {
    }

    record SeverityRequest(@NotNull Severity severity, @NotBlank @Size(max = Limits.REASON) String reason) {
    }

    record AllegationRequest(@NotNull Behaviour behaviour, @NotBlank @Size(max = Limits.REASON) String reason) {
    }

    record ProposeClosureRequest(@NotNull ClosureOutcome outcome, @NotBlank @Size(max = Limits.REASON) String reason) {
    }

}
