package org.glassbox.api.disclosure;

import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/**
 * The figures an investigator states for the public: the period of the conduct, the volume and share
 * of volume involved, the price impact, the compensation of users, and whether the market maker was
 * offboarded. Free text on purpose (units and ranges vary), each bounded.
 */
public record KeyFigures(String period, String volume, String shareOfVolume, String priceImpact,
        String compensation, boolean offboarded) {
    public static final int FIGURE = 300;

    public KeyFigures {
        period = Checks.text("period", period, FIGURE).strip();
        volume = Checks.optionalText("volume", volume, FIGURE);
        shareOfVolume = Checks.optionalText("shareOfVolume", shareOfVolume, FIGURE);
        priceImpact = Checks.optionalText("priceImpact", priceImpact, FIGURE);
        compensation = Checks.optionalText("compensation", compensation, Limits.NAME);
    }
}
