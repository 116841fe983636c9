package org.glassbox.analysis.format;

import java.util.List;
import java.util.Map;

import org.glassbox.api.evidence.MarketDataFormat;

/** The columns of each format Glassbox reads; docs/formats.md says the same in words. */
final class Formats {
    static final Map<MarketDataFormat, List<Column>> COLUMNS = Map.of(
            MarketDataFormat.TRADE_EXPORT, List.of(
                    Column.required("trade_id", FieldType.ID),
                    Column.required("time", FieldType.TIME),
                    Column.required("symbol", FieldType.SYMBOL),
                    Column.required("price", FieldType.POSITIVE_DECIMAL),
                    Column.required("qty", FieldType.POSITIVE_DECIMAL),
                    Column.required("buyer_account", FieldType.ACCOUNT),
                    Column.required("seller_account", FieldType.ACCOUNT),
                    Column.optional("quote_qty", FieldType.POSITIVE_DECIMAL),
                    Column.optional("taker_side", FieldType.SIDE),
                    Column.optional("buy_order_id", FieldType.ID),
                    Column.optional("sell_order_id", FieldType.ID),
                    Column.optional("buyer_is_maker", FieldType.BOOLEAN)),
            MarketDataFormat.PUBLIC_SPOT_TRADES, List.of(
                    Column.required("trade_id", FieldType.ID),
                    Column.required("price", FieldType.POSITIVE_DECIMAL),
                    Column.required("qty", FieldType.POSITIVE_DECIMAL),
                    Column.required("quote_qty", FieldType.POSITIVE_DECIMAL),
                    Column.required("time", FieldType.TIME),
                    Column.required("is_buyer_maker", FieldType.PYTHON_BOOLEAN),
                    Column.required("is_best_match", FieldType.PYTHON_BOOLEAN)),
            MarketDataFormat.ORDER_EVENTS, List.of(
                    Column.required("event_id", FieldType.ID),
                    Column.required("time", FieldType.TIME),
                    Column.required("symbol", FieldType.SYMBOL),
                    Column.required("account", FieldType.ACCOUNT),
                    Column.required("order_id", FieldType.ID),
                    Column.required("event_type", FieldType.ORDER_EVENT),
                    Column.required("side", FieldType.SIDE),
                    Column.present("price", FieldType.POSITIVE_DECIMAL),
                    Column.required("qty", FieldType.DECIMAL),
                    Column.required("leaves_qty", FieldType.DECIMAL),
                    Column.required("filled_qty", FieldType.DECIMAL),
                    Column.present("trade_id", FieldType.ID)),
            MarketDataFormat.ACCOUNT_LINKS, List.of(
                    Column.required("account", FieldType.ACCOUNT),
                    Column.required("owner_id", FieldType.ID),
                    Column.required("reason", FieldType.TEXT),
                    Column.required("source", FieldType.TEXT),
                    Column.required("valid_from", FieldType.VALIDITY),
                    Column.present("valid_to", FieldType.VALIDITY)));

    private Formats() {
    }

    static List<Column> columns(MarketDataFormat format) {
        return COLUMNS.get(format);
    }
}
