package org.glassbox.ui.freeze;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The JSON bodies of the freeze endpoints, checked field by field before any command is built; the
 * commands check formats (account ids, amounts) once more, for every caller.
 */
final class FreezeRequests {
    private FreezeRequests() {
    }

    record RequestFreezeBody(
            @NotEmpty @Size(max = Limits.MAX_ACCOUNTS) List<@NotBlank @Size(max = Limits.ACCOUNT) String> accounts,
            @NotNull FreezeScope scope,
            @Size(max = 20) List<@NotNull @Valid AmountBody> amounts,
            @NotBlank @Size(max = Limits.REASON) String justification,
            @NotNull Urgency urgency,
            @NotNull Instant reviewBy) {
    }

    record AmountBody(@NotBlank @Size(max = 12) String asset, @NotNull BigDecimal amount) {
    }

    record ReviewBody(@NotNull Instant nextReviewBy, @NotBlank @Size(max = Limits.REASON) String reason) {
    }
}
