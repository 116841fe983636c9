package org.glassbox.analysis.methods;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Trade ids in the one order every result uses: numerically where every id is an integer, else as text. */
final class Ids {
    private Ids() {
    }

    /** A total order on ids met one at a time: all-digit ids first, by number, then the rest as text. */
    static final Comparator<String> NATURAL = Comparator.<String, Boolean>comparing(id -> !numeric(id))
            .thenComparing((a, b) -> numeric(a) && numeric(b) ? new BigInteger(a).compareTo(new BigInteger(b)) : 0)
            .thenComparing(Comparator.naturalOrder());

    private static boolean numeric(String id) {
        return !id.isEmpty() && id.chars().allMatch(Character::isDigit);
    }

    static List<String> sorted(Collection<String> ids) {
        List<String> out = new ArrayList<>(ids);
        out.sort(comparator(ids));
        return out;
    }

    static Comparator<String> comparator(Collection<String> ids) {
        boolean numeric = ids.stream().allMatch(id -> !id.isEmpty() && id.chars().allMatch(Character::isDigit));
        // "7" and "007" are equal as numbers but distinct ids: the text breaks the tie, so the order is total.
        return numeric ? Comparator.<String, BigInteger>comparing(BigInteger::new).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
    }
}
