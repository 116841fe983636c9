package org.glassbox.ui.web;

import org.glassbox.api.shared.Limits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the many endpoints that take nothing but a reason. */
public final class ReasonBodies {
    private ReasonBodies() {
    }

    public record ReasonRequest(@NotBlank @Size(max = Limits.REASON) String reason) {
    }

    public record OptionalReasonRequest(@Size(max = Limits.REASON) String reason) {
    }
}
