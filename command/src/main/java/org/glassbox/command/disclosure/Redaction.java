package org.glassbox.command.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a public notice may never contain, enforced on the server whatever the writer typed: account
 * ids are shown masked to their last four characters, and free text is scanned for the case's
 * account ids, e-mail addresses and the names of staff. Every hit blocks submission and publication.
 */
public final class Redaction {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern ANY_ACCOUNT = Pattern.compile("UID-[0-9]{4,12}");
    private static final Pattern MASKED = Pattern.compile("\\*{4}[0-9A-Za-z]{4}");

    private Redaction() {
    }

    /** UID-100234 -> ****0234: enough for the market maker to recognise, nothing for anyone else. */
    public static String mask(String account) {
        String tail = account.length() <= 4 ? account : account.substring(account.length() - 4);
        return "****" + tail;
    }

    public static boolean isMasked(String shown) {
        return MASKED.matcher(shown).matches();
    }

    /**
     * Each thing in the text that must not be published, worded for the writer: a case account (or
     * any exchange account id), an e-mail address, a staff member's name or user name.
     */
    public static List<String> hits(String text, Collection<String> caseAccounts, Collection<String> staffNames) {
        List<String> hits = new ArrayList<>();
        for (String account : caseAccounts) {
            if (text.contains(account)) {
                hits.add("account id " + account + " (write " + mask(account) + ")");
            }
        }
        Matcher accounts = ANY_ACCOUNT.matcher(text);
        while (accounts.find()) {
            String hit = "account id " + accounts.group() + " (write " + mask(accounts.group()) + ")";
            if (!hits.contains(hit)) {
                hits.add(hit);
            }
        }
        Matcher emails = EMAIL.matcher(text);
        while (emails.find()) {
            hits.add("e-mail address " + emails.group());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : staffNames) {
            if (name.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b")
                    .matcher(lower).find()) {
                hits.add("staff name " + name);
            }
        }
        return hits;
    }
}
