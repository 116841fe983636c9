package org.glassbox.api.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.glassbox.api.shared.InvalidField;

/**
 * Where a page of the case list ended, for keyset paging: the sort order and the sort key of the
 * page's last row. Opaque to clients (URL-safe Base64). Reading the next page from a cursor costs the
 * same at any depth, unlike an offset.
 */
public record CaseCursor(CaseSort sort, int rank, Instant at, String reference) {

    /** The cursor just after this row, in this order. */
    public static CaseCursor after(CaseSort sort, CaseSummary row) {
        return switch (sort) {
            case NEWEST_FIRST, OLDEST_FIRST -> new CaseCursor(sort, 0, row.flaggedAt(), row.reference());
            case REFERENCE -> new CaseCursor(sort, 0, Instant.EPOCH, row.reference());
            case SEVERITY -> new CaseCursor(sort, row.severity().ordinal(), row.flaggedAt(), row.reference());
            case LAST_ACTIVITY -> new CaseCursor(sort, 0, row.lastActivityAt(), row.reference());
            case STATUS -> new CaseCursor(sort, row.status().ordinal(), row.flaggedAt(), row.reference());
        };
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        String text = sort.name() + "|" + rank + "|" + micros + "|" + reference;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor; a tampered or foreign one is refused as bad input of the field {@code after}. */
    public static CaseCursor decode(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
                    .split("\\|", 4);
            return new CaseCursor(CaseSort.valueOf(parts[0]), Integer.parseInt(parts[1]),
                    Instant.EPOCH.plus(Long.parseLong(parts[2]), ChronoUnit.MICROS), parts[3]);
        } catch (RuntimeException e) {
            throw new InvalidField("after", "is not a cursor this list gave out");
        }
    }
}
