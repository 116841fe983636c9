package org.glassbox.api.disclosure;

import java.util.List;

import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;

/** A freeze a notice reports, with its accounts already masked. */
public record DisclosedFreeze(String freezeId, List<String> maskedAccounts, FreezeScope scope,
        List<HeldAmount> amounts) {
}
