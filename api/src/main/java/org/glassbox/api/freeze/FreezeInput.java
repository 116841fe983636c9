package org.glassbox.api.freeze;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;

/** Checks of freeze input shared by the freeze commands. */
final class FreezeInput {
    /** Exchange account ids as the account system issues them, e.g. UID-100234. */
    static final Pattern ACCOUNT = Pattern.compile("UID-[0-9]{4,12}");
    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{2,12}");

    private FreezeInput() {
    }

    static List<String> accounts(List<String> accounts) {
        List<String> checked = Checks.texts("accounts", accounts, Limits.MAX_ACCOUNTS, Limits.ACCOUNT);
        for (String account : checked) {
            account("accounts", account);
        }
        return checked;
    }

    static String account(String field, String account) {
        Checks.text(field, account, Limits.ACCOUNT);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new InvalidField(field, "'" + account + "' is not an exchange account id (UID- and 4 to 12 digits)");
        }
        return account;
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
