package org.glassbox.analysis.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.glassbox.analysis.engine.Engine;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketDataReaderTest {
    static final String HEADER = "trade_id,time,symbol,price,qty,buyer_account,seller_account\n";

    @TempDir
    Path dir;

    MarketDataReader reader() {
        return new MarketDataReader(Engine.withDefaults(dir.resolve("spill")));
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    MarketDataProfile profile(String content) throws IOException {
        return reader().profile(file("t.csv", content), EvidenceKind.TRADE_EXPORT, "t.csv");
    }

    void refused(EvidenceKind kind, String content, String message) throws IOException {
        Path f = file("bad.csv", content);
        assertThatThrownBy(() -> reader().profile(f, kind, "bad.csv")).isInstanceOf(InvalidField.class)
                .hasMessageContaining(message).extracting(e -> ((InvalidField) e).field()).isEqualTo("file");
    }

    @Test
    void aTradeExportIsProfiledWithColumnsInAnyOrder() throws IOException {
        MarketDataProfile p = profile("qty,price,time,symbol,trade_id,seller_account,buyer_account,taker_side\n"
                + "1.5,0.0712,2025-03-07T10:00:00.123Z,GPSUSDT,7,UID-2,UID-1,BUY\n"
                + "20,0.07,2025-03-07T11:00:00Z,GPSUSDT,8,UID-3,UID-1,SELL\n");
        assertThat(p.format()).isEqualTo(MarketDataFormat.TRADE_EXPORT);
        assertThat(p.rows()).isEqualTo(2);
        assertThat(p.symbols()).containsExactly("GPSUSDT");
        assertThat(p.accounts()).containsExactly("UID-1", "UID-2", "UID-3");
        assertThat(p.accountCount()).isEqualTo(3);
        assertThat(p.timeUnit()).isEqualTo("ISO");
        assertThat(p.from()).hasToString("2025-03-07T10:00:00.123Z");
        assertThat(p.to()).hasToString("2025-03-07T11:00:00Z");
        assertThat(p.priceScale()).isEqualTo(4);
        assertThat(p.quantityScale()).isEqualTo(1);
        assertThat(p.container()).isEqualTo("CSV");
    }

    @Test
    void gzipAndEpochUnitsAreRecognisedFromTheBytes() throws IOException {
        Path gz = dir.resolve("t.bin");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((HEADER + "1,1741341600000123,GPSUSDT,1,1,UID-1,UID-2\n").getBytes(StandardCharsets.UTF_8));
        }
        MarketDataProfile p = reader().profile(gz, EvidenceKind.TRADE_EXPORT, "t.bin");
        assertThat(p.compression()).isEqualTo("GZIP");
        assertThat(p.timeUnit()).isEqualTo("MICROSECONDS");
        assertThat(p.from()).hasToString("2025-03-07T10:00:00.000123Z");
    }

    @Test
    void badTradeFilesAreRefusedNamingLineAndColumn() throws IOException {
        refused(EvidenceKind.TRADE_EXPORT, "trade_id,time,symbol,price,buyer_account,seller_account\n1,1741341600000,X,1,A,B\n",
                "lacks the required column qty");
        refused(EvidenceKind.TRADE_EXPORT, HEADER.replace("\n", ",colour\n") + "1,1741341600000,X,1,1,A,B,red\n",
                "unknown column 'colour'");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,1,A,B\n2,1741341600000,GPSUSDT,abc,1,A,B\n",
                "line 3, column price: 'abc' is not a plain decimal number");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,-5,A,B\n", "line 2, column qty: '-5' is negative");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,0,A,B\n", "must be greater than zero");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1e3,1,A,B\n", "no exponent");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,1,A,B\n2,1741341600000123,GPSUSDT,1,1,A,B\n",
                "line 3, column time: '1741341600000123' is written in MICROSECONDS but the file's first time is in"
                        + " MILLISECONDS");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,2025-03-07 10:00,GPSUSDT,1,1,A,B\n", "is not a time");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1969-12-31T23:59:59Z,GPSUSDT,1,1,A,B\n", "is not a time");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,gps usdt,1,1,A,B\n", "is not a symbol");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,1,,B\n", "column buyer_account: is empty");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,1,A\n", "line 2 has 6 fields");
        refused(EvidenceKind.TRADE_EXPORT, HEADER, "has a header but no data rows");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,1,A,B\n1,1741341600001,GPSUSDT,1,1,A,B\n",
                "trade_id 1 more than once");
        refused(EvidenceKind.TRADE_EXPORT, HEADER + "1,1741341600000,GPSUSDT,1,1,A\u0007,B\n", "is not an account id");
    }

    @Test
    void emptyFilesAndGarbageAreRefused() throws IOException {
        refused(EvidenceKind.TRADE_EXPORT, "", "is empty");
        byte[] garbage = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(garbage);
        Path g = Files.write(dir.resolve("garbage.csv"), garbage);
        assertThatThrownBy(() -> reader().profile(g, EvidenceKind.TRADE_EXPORT, "garbage.csv"))
                .isInstanceOf(InvalidField.class).hasMessageMatching("file (is not UTF-8 text|.*not well-formed.*|.*header.*)");
        Path cut = dir.resolve("cut.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cut))) {
            for (int i = 0; i < 20_000; i++) {
                out.write((i == 0 ? HEADER : "") .getBytes(StandardCharsets.UTF_8));
                out.write((i + ",1741341600000,GPSUSDT,1," + (i + 1) + ",UID-1,UID-2\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> reader().profile(cut, EvidenceKind.TRADE_EXPORT, "cut.csv.gz"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("not a readable gzip file");
        byte[] fakeGzip = garbage.clone();
        fakeGzip[0] = 0x1f;
        fakeGzip[1] = (byte) 0x8b;
        Path z = Files.write(dir.resolve("garbage.gz"), fakeGzip);
        assertThatThrownBy(() -> reader().profile(z, EvidenceKind.TRADE_EXPORT, "garbage.gz"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("gzip");
    }

    @Test
    void publicDumpsHaveNoHeaderAndTakeTheirSymbolFromTheFileName() throws IOException {
        Path f = file("GPSUSDT-trades-2025-03-07.csv", "5001,0.0712,100.5,7.1556,1741341600000123,True,True\n"
                + "5002,0.0713,1,0.0713,1741341600500000,False,True\n");
        MarketDataProfile p = reader().profile(f, EvidenceKind.TRADE_EXPORT, "GPSUSDT-trades-2025-03-07.csv");
        assertThat(p.format()).isEqualTo(MarketDataFormat.PUBLIC_SPOT_TRADES);
        assertThat(p.symbols()).containsExactly("GPSUSDT");
        assertThat(p.accountCount()).isZero();
        assertThat(p.timeUnit()).isEqualTo("MICROSECONDS");
        refused(EvidenceKind.TRADE_EXPORT, "5001,0.0712,100.5,7.1556,1741341600000123,true,True\n", "is not True or False");
    }

    @Test
    void orderEventsAndLinksHaveTheirOwnRules() throws IOException {
        String orders = "event_id,time,symbol,account,order_id,event_type,side,price,qty,leaves_qty,filled_qty,trade_id\n";
        assertThat(reader().profile(file("o.csv", orders + "1,1741341600000,GPSUSDT,UID-1,9,NEW,BUY,0.07,10,10,0,\n"
                + "2,1741341600001,GPSUSDT,UID-1,9,FILL,BUY,0.07,10,0,10,77\n"), EvidenceKind.ORDER_EVENTS, "o.csv").rows())
                .isEqualTo(2);
        refused(EvidenceKind.ORDER_EVENTS, orders + "1,1741341600000,GPSUSDT,UID-1,9,FILL,BUY,0.07,10,0,10,\n",
                "is empty, but a FILL names its trade");
        refused(EvidenceKind.ORDER_EVENTS, orders + "1,1741341600000,GPSUSDT,UID-1,9,NEW,BUY,0.07,10,10,0,5\n",
                "must be empty for a NEW");
        refused(EvidenceKind.ORDER_EVENTS, orders + "1,1741341600000,GPSUSDT,UID-1,9,BUY_IT,BUY,0.07,10,10,0,\n",
                "is not one of NEW");
        refused(EvidenceKind.ORDER_EVENTS, orders + "1,1741341600005,GPSUSDT,UID-1,9,NEW,BUY,0.07,10,10,0,\n"
                + "2,1741341600001,GPSUSDT,UID-1,9,CANCEL,BUY,,10,0,0,\n",
                "line 3, event 2 (CANCEL): is earlier than the event before it: events must be in time order");
        refused(EvidenceKind.ORDER_EVENTS, orders + "1,1741341600000,GPSUSDT,UID-1,9,FILL,BUY,0.07,10,0,10,77\n",
                "line 2, event 1 (FILL): names order 9, which does not rest");
        refused(EvidenceKind.ORDER_EVENTS, orders + "1,1741341600000,GPSUSDT,UID-1,9,NEW,BUY,0.07,10,-1,0,\n",
                "line 2, column leaves_qty");
        assertThat(reader().profile(file("two.csv", orders + "1,1741341600000,GPSUSDT,UID-1,9,NEW,BUY,0.07,10,10,0,\n"
                + "2,1741341600000,SHELLUSDT,UID-2,9,NEW,SELL,0.5,10,10,0,\n"), EvidenceKind.ORDER_EVENTS, "two.csv")
                .rows()).as("order ids are unique within a market, not across markets").isEqualTo(2);
        String links = "account,owner_id,reason,source,valid_from,valid_to\n";
        MarketDataProfile p = reader().profile(file("l.csv", links + "UID-1,E-1,KYC,onboarding,2025-01-01,\n"
                + "UID-2,E-1,device,fingerprint,2025-01-01,2025-02-01T00:00:00Z\nUID-2,E-2,kyc,x,2025-02-01,\n"),
                EvidenceKind.ACCOUNT_LINKS, "l.csv");
        assertThat(p.accounts()).containsExactly("UID-1", "UID-2");
        refused(EvidenceKind.ACCOUNT_LINKS, links + "UID-1,E-1,KYC,x,2025-02-01,2025-01-01\n", "is not after valid_from");
        refused(EvidenceKind.ACCOUNT_LINKS, links + "UID-1,E-1,KYC,x,2025-01-01,\nUID-1,E-2,KYC,x,2025-02-01,\n",
                "links account UID-1 to E-1 and to E-2 at the same time");
    }

    @Test
    void parquetIsReadWithItsExactTypesAndRefusedWithFloatingPrices() throws Exception {
        Path csv = file("t.csv", HEADER + "1,1741341600000,GPSUSDT,0.0712,1.5,UID-1,UID-2\n");
        Path good = dir.resolve("good.parquet");
        Path floating = dir.resolve("floating.parquet");
        Path negative = dir.resolve("negative.parquet");
        try (Connection c = Engine.withDefaults(dir.resolve("spill")).open(); Statement s = c.createStatement()) {
            String read = "read_csv('" + csv + "', header = true, all_varchar = true)";
            s.execute("COPY (SELECT trade_id, make_timestamp(CAST(time AS BIGINT) * 1000) AS time, symbol,"
                    + " CAST(price AS DECIMAL(18, 6)) AS price, CAST(qty AS DECIMAL(18, 2)) AS qty, buyer_account,"
                    + " seller_account FROM " + read + ") TO '" + good + "' (FORMAT parquet)");
            s.execute("COPY (SELECT trade_id, time, symbol, CAST(price AS DOUBLE) AS price, qty, buyer_account,"
                    + " seller_account FROM " + read + ") TO '" + floating + "' (FORMAT parquet)");
            s.execute("COPY (SELECT trade_id, time, symbol, price, '-' || qty AS qty, buyer_account,"
                    + " seller_account FROM " + read + ") TO '" + negative + "' (FORMAT parquet)");
        }
        MarketDataProfile p = reader().profile(good, EvidenceKind.TRADE_EXPORT, "good.parquet");
        assertThat(p.container()).isEqualTo("PARQUET");
        assertThat(p.rows()).isEqualTo(1);
        assertThat(p.from()).hasToString("2025-03-07T10:00:00Z");
        assertThatThrownBy(() -> reader().profile(floating, EvidenceKind.TRADE_EXPORT, "f.parquet"))
                .hasMessageContaining("column price is stored as DOUBLE, which is not exact");
        assertThatThrownBy(() -> reader().profile(negative, EvidenceKind.TRADE_EXPORT, "n.parquet"))
                .hasMessageContaining("row 1, column qty: '-1.5' is negative");
    }
}
