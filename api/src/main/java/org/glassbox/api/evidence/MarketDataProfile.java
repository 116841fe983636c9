package org.glassbox.api.evidence;

import java.time.Instant;
import java.util.List;

/**
 * What a market data file was found to hold when it was read strictly on submission: its format, how it
 * is stored ({@code container} CSV or PARQUET, {@code compression} NONE or GZIP), its columns in the
 * file's order, the number of data rows, its symbols and accounts (sorted; at most {@link #LISTED} of
 * each are listed, the counts are exact), the first and last time in it, the unit its times are written
 * in (ISO, MILLISECONDS or MICROSECONDS; for account links the dates of validity) and the largest number
 * of decimal places of its prices and quantities. Analyses read the file the way its profile says.
 */
public record MarketDataProfile(MarketDataFormat format, String container, String compression, List<String> columns,
        long rows, List<String> symbols, long symbolCount, List<String> accounts, long accountCount, Instant from,
        Instant to, String timeUnit, int priceScale, int quantityScale) {

    /** How many symbols and accounts a profile names at most; the counts are always exact. */
    public static final int LISTED = 100;

    public MarketDataProfile {
        columns = columns == null ? List.of() : List.copyOf(columns);
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
