package org.glassbox.api.shared;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The exchange's own formats for account ids and trading symbols: one rule, checked wherever an
 * account or a symbol enters Glassbox (flagging a case, requesting a freeze, asking an account's
 * status), so that a case cannot name an account a freeze could never reach, and no text such as
 * {@code <script>} or {@code UID-1' OR '1'='1} is ever taken as one. The patterns are the exchange's
 * to set (glassbox.exchange.account-pattern, glassbox.exchange.symbol-pattern, each with an example that
 * messages show); the application sets
 * them once at start, before any command is built.
 */
public final class ExchangeFormats {
    public static final String DEFAULT_ACCOUNT = "UID-[0-9]{4,12}";
    public static final String DEFAULT_ACCOUNT_EXAMPLE = "UID-100234";
    public static final String DEFAULT_SYMBOL = "[A-Z0-9]{2,15}([/_-][A-Z0-9]{2,15})?";
    public static final String DEFAULT_SYMBOL_EXAMPLE = "GPSUSDT";
    private static volatile Formats formats = new Formats(Pattern.compile(DEFAULT_ACCOUNT), DEFAULT_ACCOUNT_EXAMPLE,
            Pattern.compile(DEFAULT_SYMBOL), DEFAULT_SYMBOL_EXAMPLE);

    /** Each pattern with an example of what it takes: a person reads the example, not the pattern. */
    private record Formats(Pattern account, String accountExample, Pattern symbol, String symbolExample) {
    }

    private ExchangeFormats() {
    }

    /**
     * Sets the exchange's patterns (whole-string regular expressions) and an example of each; refuses a
     * pattern that does not compile or an example its pattern does not take.
     */
    public static void configure(String accountPattern, String accountExample, String symbolPattern,
            String symbolExample) {
        Formats next;
        try {
            next = new Formats(Pattern.compile(accountPattern), accountExample, Pattern.compile(symbolPattern),
                    symbolExample);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("glassbox.exchange: not a regular expression: " + e.getPattern(), e);
        }
        if (!next.account().matcher(accountExample).matches() || !next.symbol().matcher(symbolExample).matches()) {
            throw new IllegalArgumentException("glassbox.exchange: an example does not match its pattern");
        }
        formats = next;
    }

    public static String account(String field, String account) {
        Formats f = formats;
        return matching(field, account, Limits.ACCOUNT, f.account(), "an account id", f.accountExample());
    }

    public static List<String> accounts(String field, List<String> accounts) {
        List<String> checked = Checks.texts(field, accounts, Limits.MAX_ACCOUNTS, Limits.ACCOUNT);
        checked.forEach(a -> account(field, a));
        return checked;
    }

    /** A symbol as the exchange writes it, upper case (given in any case). */
    public static String symbol(String field, String symbol) {
        Formats f = formats;
        return matching(field, symbol, Limits.SYMBOL, f.symbol(), "a trading symbol", f.symbolExample());
    }

    private static String matching(String field, String value, int maxLength, Pattern pattern, String what,
            String example) {
        Checks.text(field, value, maxLength);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidField(field, "'" + Checks.shown(value, 40) + "' is not " + what
                    + " of this exchange (one looks like " + example + ")");
        }
        return value;
    }

    public static List<String> symbols(String field, List<String> symbols) {
        List<String> checked = Checks.texts(field, symbols == null ? null
                : symbols.stream().map(s -> s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT)).toList(),
                Limits.MAX_SYMBOLS, Limits.SYMBOL);
        checked.forEach(s -> symbol(field, s));
        return checked;
    }
}
