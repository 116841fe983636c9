package org.glassbox.api.freeze;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.ExchangeFormats;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;

/** Checks of freeze input shared by the freeze commands. */
final class FreezeInput {
    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{2,12}");

    private FreezeInput() {
    }

    static List<String> accounts(List<String> accounts) {
        return ExchangeFormats.accounts("accounts", accounts);
    }

    static String account(String field, String account) {
        return ExchangeFormats.account(field, account);
    }

    static List<HeldAmount> amounts(List<HeldAmount> amounts) {
        if (amounts == null) {
            return List.of();
        }
        for (HeldAmount held : amounts) {
            Checks.present("amounts entry", held);
            if (held.asset() == null || !ASSET.matcher(held.asset()).matches()) {
                throw new InvalidField("amounts", "'" + held.asset() + "' is not an asset symbol (e.g. USDT, GPS)");
            }
            BigDecimal amount = Checks.present("amounts." + held.asset(), held.amount());
            if (amount.signum() <= 0) {
                throw new InvalidField("amounts", held.asset() + " amount must be positive");
            }
            if (amount.stripTrailingZeros().scale() > HeldAmount.MAX_DECIMALS) {
                throw new InvalidField("amounts", held.asset() + " amount has more than " + HeldAmount.MAX_DECIMALS
                        + " decimals");
            }
        }
        if (amounts.stream().map(HeldAmount::asset).distinct().count() != amounts.size()) {
            throw new InvalidField("amounts", "names an asset twice");
        }
        return List.copyOf(amounts);
    }
}
