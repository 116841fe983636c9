package org.glassbox.analysis.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glassbox.analysis.book.BookInconsistency;
import org.glassbox.analysis.book.OrderBook;
import org.glassbox.analysis.book.OrderEvent;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.shared.InvalidField;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads a CSV file of market data once, strictly, as a stream: the header (or, for the public dumps,
 * its absence), every value against its column's type, and the rules between columns of a row. The
 * first bad value stops the read with its line and column. Memory stays flat whatever the size.
 */
final class CsvCheck {

    /** What a clean read found; the distinct values are counted later by the engine. */
    record Facts(MarketDataFormat format, List<String> columns, long rows, Long fromMicros, Long toMicros,
            String timeUnit, int priceScale, int quantityScale) {
    }

    /** The most orders a file may have resting at one time (about 200 bytes each while it is read). */
    static final long MAX_RESTING = 1_000_000;

    private CsvCheck() {
    }

    static Facts read(InputStream bytes, EvidenceKind kind) throws IOException {
        Reader text = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(false).ofCsvRecord(text)) {
            var rows = csv.iterator();
            if (!rows.hasNext()) {
                throw refused("is empty");
            }
            CsvRecord first = rows.next();
            List<String> firstFields = new ArrayList<>(first.getFields());
            if (!firstFields.isEmpty() && firstFields.getFirst().startsWith("\uFEFF")) {
                firstFields.set(0, firstFields.getFirst().substring(1));
            }
            MarketDataFormat format = formatOf(kind, firstFields);
            List<Column> spec = Formats.columns(format);
            Column[] layout;
            State state = new State(format);
            if (format == MarketDataFormat.PUBLIC_SPOT_TRADES) {
                layout = spec.toArray(Column[]::new);
                if (firstFields.size() != layout.length) {
                    throw refused("line 1 has " + firstFields.size() + " fields; a public spot trade dump has "
                            + layout.length + " (trade_id, price, qty, quote_qty, time, is_buyer_maker, is_best_match)"
                            + " and no header");
                }
                state.row(layout, firstFields, 1);
            } else {
                layout = header(firstFields, spec, format);
            }
            while (rows.hasNext()) {
                CsvRecord row = rows.next();
                state.row(layout, row.getFields(), row.getStartingLineNumber());
            }
            if (state.rows == 0) {
                throw refused("has a header but no data rows");
            }
            List<String> names = new ArrayList<>();
            for (Column c : layout) {
                names.add(c.name());
            }
            return new Facts(format, names, state.rows, state.from, state.to, state.unit, state.priceScale,
                    state.quantityScale);
        } catch (CsvParseException e) {
            throw refused("is not well-formed CSV: " + rootMessage(e));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw refused("is not UTF-8 text");
            }
            if (e.getCause() instanceof java.util.zip.ZipException || e.getCause() instanceof java.io.EOFException) {
                throw refused("is not a readable gzip file: " + rootMessage(e));
            }
            throw e;
        } catch (CharacterCodingException e) {
            throw refused("is not UTF-8 text");
        }
    }

    private static MarketDataFormat formatOf(EvidenceKind kind, List<String> firstLine) {
        return switch (kind) {
            case ORDER_EVENTS -> MarketDataFormat.ORDER_EVENTS;
            case ACCOUNT_LINKS -> MarketDataFormat.ACCOUNT_LINKS;
            case TRADE_EXPORT -> {
                boolean headerless = !firstLine.isEmpty() && !firstLine.getFirst().isEmpty()
                        && firstLine.getFirst().chars().allMatch(Character::isDigit);
                yield headerless ? MarketDataFormat.PUBLIC_SPOT_TRADES : MarketDataFormat.TRADE_EXPORT;
            }
            default -> throw new IllegalArgumentException(kind + " is not market data");
        };
    }

    private static Column[] header(List<String> names, List<Column> spec, MarketDataFormat format) {
        Map<String, Column> known = new HashMap<>();
        spec.forEach(c -> known.put(c.name(), c));
        Set<String> seen = new HashSet<>();
        Column[] layout = new Column[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Column c = known.get(name);
            if (c == null) {
                throw refused("has an unknown column '" + Fields.shown(name) + "' in its header; "
                        + describe(format, spec));
            }
            if (!seen.add(name)) {
                throw refused("names the column '" + name + "' twice in its header");
            }
            layout[i] = c;
        }
        List<String> missing = spec.stream().filter(Column::required).map(Column::name)
                .filter(n -> !seen.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw refused("lacks the required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + " in its header; " + describe(format, spec));
        }
        return layout;
    }

    private static String describe(MarketDataFormat format, List<Column> spec) {
        return "a file of " + format + " has the columns " + String.join(", ",
                spec.stream().map(c -> c.required() ? c.name() : c.name() + " (optional)").toList());
    }

    /** The running facts of a read and the rules between the columns of a row. */
    private static final class State {
        private final MarketDataFormat format;
        long rows;
        Long from;
        Long to;
        String unit;
        int priceScale;
        int quantityScale;
        /** One book per symbol; the resting orders of all of them together are bounded. */
        private final Map<String, OrderBook> books = new HashMap<>();
        private long resting;

        State(MarketDataFormat format) {
            this.format = format;
        }

        void row(Column[] layout, List<String> fields, long line) {
            if (fields.size() != layout.length) {
                throw refused("line " + line + " has " + fields.size() + " fields; the header has " + layout.length);
            }
            Map<String, String> byName = format == MarketDataFormat.ORDER_EVENTS
                    || format == MarketDataFormat.ACCOUNT_LINKS ? new HashMap<>() : null;
            for (int i = 0; i < layout.length; i++) {
                Column c = layout[i];
                String v = fields.get(i);
                if (v.isEmpty()) {
                    if (!c.mayBeEmpty()) {
                        throw refused(at(line, c) + "is empty");
                    }
                } else {
                    String problem = Fields.problem(c.type(), v);
                    if (problem != null) {
                        throw refused(at(line, c) + problem);
                    }
                    measure(c, v, line);
                }
                if (byName != null) {
                    byName.put(c.name(), v);
                }
            }
            if (byName != null) {
                crossCheck(byName, line);
                if (format == MarketDataFormat.ORDER_EVENTS) {
                    replay(byName, line);
                }
            }
            rows++;
        }

        private void measure(Column c, String v, long line) {
            switch (c.type()) {
                case TIME -> {
                    String u = Fields.timeUnit(v);
                    if (unit == null) {
                        unit = u;
                    } else if (!unit.equals(u)) {
                        throw refused(at(line, c) + "'" + v + "' is written in " + u + " but the file's first time is in "
                                + unit + "; one file must use one time unit");
                    }
                    span(Fields.epochMicros(v, u));
                }
                case VALIDITY -> {
                    unit = "ISO";
                    span(org.glassbox.analysis.engine.Micros.of(Fields.validity(v)));
                }
                case POSITIVE_DECIMAL, DECIMAL -> {
                    int s = Fields.scale(v);
                    if (c.name().equals("price")) {
                        priceScale = Math.max(priceScale, s);
                    } else {
                        quantityScale = Math.max(quantityScale, s);
                    }
                }
                default -> {
                }
            }
        }

        private void span(long micros) {
            from = from == null ? micros : Math.min(from, micros);
            to = to == null ? micros : Math.max(to, micros);
        }

        /**
         * The file's events applied to one book of every account, so a file whose events do not follow
         * from each other (out of time order, a fill of an order that does not rest) is refused here, not
         * found out by an analysis. Memory follows the resting orders, not the file.
         */
        private void replay(Map<String, String> v, long line) {
            OrderBook book = books.computeIfAbsent(v.get("symbol"), s -> new OrderBook());
            try {
                resting -= book.restingCount();
                book.apply(new OrderEvent(v.get("event_id"), Fields.epochMicros(v.get("time"), unit), v.get("account"),
                        v.get("order_id"), OrderEvent.Type.valueOf(v.get("event_type")),
                        OrderEvent.Side.valueOf(v.get("side")), v.get("price").isEmpty() ? null
                                : new BigDecimal(v.get("price")), new BigDecimal(v.get("qty")),
                        new BigDecimal(v.get("leaves_qty")), new BigDecimal(v.get("filled_qty")),
                        v.get("trade_id").isEmpty() ? null : v.get("trade_id"), line));
            } catch (BookInconsistency inconsistent) {
                throw refused(inconsistent.getMessage());
            }
            resting += book.restingCount();
            if (resting > MAX_RESTING) {
                throw refused("line " + line + ": more than " + MAX_RESTING + " orders rest at once; a file of"
                        + " order events is read with its whole book in memory, so split it by time or symbol");
            }
        }

        private void crossCheck(Map<String, String> v, long line) {
            if (format == MarketDataFormat.ORDER_EVENTS) {
                String type = v.get("event_type");
                boolean fill = type.equals("FILL") || type.equals("PARTIAL_FILL");
                if (fill && v.get("trade_id").isEmpty()) {
                    throw refused("line " + line + ", column trade_id: is empty, but a " + type + " names its trade");
                }
                if (!fill && !v.get("trade_id").isEmpty()) {
                    throw refused("line " + line + ", column trade_id: must be empty for a " + type
                            + " (only fills name a trade)");
                }
                if ((type.equals("NEW") || type.equals("REPLACE")) && v.get("price").isEmpty()) {
                    throw refused("line " + line + ", column price: is empty, but a " + type + " order has a price");
                }
            } else if (format == MarketDataFormat.ACCOUNT_LINKS && !v.get("valid_to").isEmpty()
                    && !Fields.validity(v.get("valid_to")).isAfter(Fields.validity(v.get("valid_from")))) {
                throw refused("line " + line + ", column valid_to: " + v.get("valid_to")
                        + " is not after valid_from " + v.get("valid_from"));
            }
        }
    }

    private static String at(long line, Column c) {
        return "line " + line + ", column " + c.name() + ": ";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.replaceAll("\\p{Cntrl}", "?");
    }

    static InvalidField refused(String problem) {
        return new InvalidField("file", problem);
    }
}
