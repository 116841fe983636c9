package org.glassbox.analysis.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a market of one token from a seed, in every format Glassbox reads, with known misconduct planted
 * in it, and {@code ground_truth.json} listing every planted trade and the dump's exact figures:
 * <ul>
 * <li>a post-listing dump: in the first 21 hours after the first trade, the market maker's accounts
 * (two named by the case, one linked to them by an owner in the account links) sell 70,000,000 tokens
 * to the crowd and buy nothing, placing no buy order;</li>
 * <li>self-trades (buyer and seller the same account), by the crowd and, later, by the market maker;</li>
 * <li>same-owner trades between accounts that the links give one owner while the link holds, and, as a
 * control, trades between accounts whose link had ended (not same-owner);</li>
 * <li>round trips: a trade between two accounts and, 50-900 ms later, the same quantity at the same
 * price back (and some 2-4.5 s later, found only at the 5 s threshold);</li>
 * <li>cycles of three and four accounts, each leg within 0.5 % of the first leg's quantity, within 45
 * minutes.</li>
 * </ul>
 * Everything else is noise that forms none of these patterns: random pairs of distinct accounts,
 * quantities spread over five decades. The same seed and size always give the same bytes.
 */
public final class MarketDataGenerator {
    public static final String SYMBOL = "GPSUSDT";
    public static final Instant LISTING = Instant.parse("2025-03-07T10:00:00Z");
    public static final List<String> CASE_ACCOUNTS = List.of("UID-100234", "UID-100235");
    static final String LINKED = "UID-100236";
    static final String LINKED_LATER = "UID-100237";
    static final String LINK_ENDED = "UID-100238";
    static final String MM_OWNER = "KYC-ENT-77";
    static final String OTHER_OWNER = "KYC-ENT-91";
    static final List<String> OTHER_GROUP = List.of("UID-300001", "UID-300002");
    private static final long HOUR = 3_600_000_000L;
    private static final BigDecimal TOTAL_DUMP = new BigDecimal("70000000.00");

    /** What to write: the seed, the number of crowd trades, and the size of the crowd. */
    public record Options(long seed, int trades, int crowd, boolean orderEvents, boolean gzipCopy) {
        public Options {
            if (trades < 2000) {
                throw new IllegalArgumentException("at least 2,000 trades, so that every pattern fits");
            }
            if (crowd < 20) {
                throw new IllegalArgumentException("a crowd of at least 20 accounts");
            }
        }

        public static Options of(long seed, int trades) {
            return new Options(seed, trades, Math.max(50, Math.min(5000, trades / 100)), true, false);
        }
    }

    /** The files written. */
    public record Written(Path trades, Path orderEvents, Path accountLinks, Path publicDump, Path groundTruth,
            Path kpiTerms) {
    }

    private final Options options;
    private final SplittableRandom random;
    private final PriorityQueue<Planned> planned = new PriorityQueue<>();
    private final long start = LISTING.getEpochSecond() * 1_000_000;
    private final long end = start + 72 * HOUR;
    private long plannedSeq;

    private final TreeSet<Long> w1 = new TreeSet<>();
    private final TreeSet<Long> w2 = new TreeSet<>();
    private final TreeSet<Long> w2Slow = new TreeSet<>();
    private final List<List<Long>> cycleTrades = new ArrayList<>();
    private final List<List<String>> cycleAccounts = new ArrayList<>();
    private BigDecimal w1Volume = BigDecimal.ZERO;
    private final TreeSet<Long> spoofFills = new TreeSet<>();
    private final OrderFlow book;

    private MarketDataGenerator(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.book = new OrderFlow(random.split(), start);
    }

    public static Written write(Options options, Path dir) throws IOException {
        return new MarketDataGenerator(options).run(dir);
    }

    /** One trade waiting for its time: planted trades carry the pattern they belong to. */
    private record Planned(long ts, long seq, String buyer, String seller, BigDecimal qty, Pattern pattern, int group,
            boolean buyerMaker) implements Comparable<Planned> {
        @Override
        public int compareTo(Planned o) {
            return ts != o.ts ? Long.compare(ts, o.ts) : Long.compare(seq, o.seq);
        }
    }

    private enum Pattern {
        NOISE, DUMP, SELF, SAME_OWNER, ROUND_TRIP, ROUND_TRIP_SLOW, CYCLE, MARKET_MAKING, CONTROL, SPOOF_FILL
    }

    private Written run(Path dir) throws IOException {
        Files.createDirectories(dir);
        plan();
        Path tradesFile = dir.resolve("trades.csv");
        Path ordersFile = dir.resolve("order_events.csv");
        Path linksFile = dir.resolve("account_links.csv");
        Path dumpFile = dir.resolve(SYMBOL + "-trades-2025-03.csv");
        writeLinks(linksFile);
        long window = start + 24 * HOUR;
        BigDecimal soldQty = BigDecimal.ZERO;
        BigDecimal boughtQty = BigDecimal.ZERO;
        BigDecimal proceeds = BigDecimal.ZERO;
        BigDecimal windowQty = BigDecimal.ZERO;
        long mmBuyOrders = 0;
        Map<String, BigDecimal> flow = new HashMap<>();
        long tradeId = 1_000_000;
        long orderId = 50_000_000;
        int noiseLeft = options.trades();
        long spacing = (end - start) / options.trades();
        long nextNoise = start;
        BigDecimal price = new BigDecimal("0.080000");
        try (Writer trades = writer(tradesFile); Writer orders = options.orderEvents() ? writer(ordersFile) : Writer.nullWriter();
                Writer dump = writer(dumpFile)) {
            // Columns in another order than the documentation's: the format reads them by name.
            trades.write("time,trade_id,symbol,price,qty,buyer_account,seller_account,taker_side,buy_order_id,"
                    + "sell_order_id,buyer_is_maker\n");
            orders.write("event_id,time,symbol,account,order_id,event_type,side,price,qty,leaves_qty,filled_qty,trade_id\n");
            long lastOrderMs = Long.MIN_VALUE;
            while (noiseLeft > 0 || !planned.isEmpty()) {
                Planned t;
                if (noiseLeft > 0 && (planned.isEmpty() || nextNoise <= planned.peek().ts())) {
                    t = noise(nextNoise);
                    noiseLeft--;
                    nextNoise = start + (options.trades() - noiseLeft) * spacing + random.nextLong(spacing / 2 + 1);
                } else {
                    t = planned.poll();
                }
                price = drift(price, t.ts());
                long id = ++tradeId;
                long ms = t.ts() / 1000;
                long buyOrder = ++orderId;
                long sellOrder = ++orderId;
                String takerSide = t.buyerMaker() ? "SELL" : "BUY";
                trades.write(ms + "," + id + "," + SYMBOL + "," + price.toPlainString() + "," + t.qty().toPlainString()
                        + "," + t.buyer() + "," + t.seller() + "," + takerSide + "," + buyOrder + "," + sellOrder + ","
                        + t.buyerMaker() + "\n");
                BigDecimal quote = price.multiply(t.qty());
                dump.write(id + "," + price.toPlainString() + "," + t.qty().toPlainString() + ","
                        + quote.setScale(8, RoundingMode.HALF_EVEN).toPlainString() + "," + t.ts() + ","
                        + (t.buyerMaker() ? "True" : "False") + ",True\n");
                // The maker's order rests a millisecond before the trade, but never before the events already
                // written: order events are in time order (two trades may share a millisecond). The market
                // maker's own trading orders are placed and filled in the same millisecond, so its book (what
                // K1 judges) is its quotes alone.
                long makerMs = Math.max(lastOrderMs, ms - 1);
                lastOrderMs = book.flush(orders, makerMs, price, lastOrderMs);
                makerMs = Math.max(lastOrderMs, makerMs);
                boolean buyerMm = isMarketMaker(t.buyer(), ms * 1000);
                boolean sellerMm = isMarketMaker(t.seller(), ms * 1000);
                long buyMs = t.buyerMaker() && !buyerMm ? makerMs : ms;
                long sellMs = !t.buyerMaker() && !sellerMm ? makerMs : ms;
                lastOrderMs = ms;
                String buyNew = buyMs + "," + SYMBOL + "," + t.buyer() + "," + buyOrder
                        + ",NEW,BUY," + price.toPlainString() + "," + t.qty() + "," + t.qty() + ",0,\n";
                String sellNew = sellMs + "," + SYMBOL + "," + t.seller() + "," + sellOrder
                        + ",NEW,SELL," + price.toPlainString() + "," + t.qty() + "," + t.qty() + ",0,\n";
                if (buyMs <= sellMs) {
                    orders.write(book.nextEvent() + "," + buyNew + book.nextEvent() + "," + sellNew);
                } else {
                    orders.write(book.nextEvent() + "," + sellNew + book.nextEvent() + "," + buyNew);
                }
                orders.write(book.nextEvent() + "," + ms + "," + SYMBOL + "," + t.buyer() + "," + buyOrder + ",FILL,BUY,"
                        + price.toPlainString() + "," + t.qty() + ",0," + t.qty() + "," + id + "\n");
                orders.write(book.nextEvent() + "," + ms + "," + SYMBOL + "," + t.seller() + "," + sellOrder + ",FILL,SELL,"
                        + price.toPlainString() + "," + t.qty() + ",0," + t.qty() + "," + id + "\n");
                // Figures are counted from the times as written (milliseconds), as a reader of the file sees them.
                long at = ms * 1000;
                if (at < window) {
                    windowQty = windowQty.add(t.qty());
                    boolean mmBuys = isMarketMaker(t.buyer(), at);
                    boolean mmSells = isMarketMaker(t.seller(), at);
                    if (mmBuys && buyMs * 1000 < window && buyMs * 1000 >= start) {
                        mmBuyOrders++;
                    }
                    if (mmSells && !mmBuys) {
                        soldQty = soldQty.add(t.qty());
                        proceeds = proceeds.add(quote);
                    }
                    if (mmBuys && !mmSells) {
                        boughtQty = boughtQty.add(t.qty());
                    }
                    flow.merge(owner(t.seller(), at), quote, BigDecimal::add);
                    flow.merge(owner(t.buyer(), at), quote.negate(), BigDecimal::add);
                }
                record(t, id);
                if (t.pattern() == Pattern.SPOOF_FILL) {
                    spoofFills.add(id);
                }
            }
            book.flush(orders, Long.MAX_VALUE, price, lastOrderMs);
        }
        BigDecimal mmFlow = flow.getOrDefault("MM", BigDecimal.ZERO);
        long rank = 1 + flow.entrySet().stream().filter(e -> !e.getKey().equals("MM"))
                .filter(e -> e.getValue().compareTo(mmFlow) > 0).count();
        Path kpiFile = dir.resolve("kpi_terms.yaml");
        Files.writeString(kpiFile, KPI_TERMS, StandardCharsets.UTF_8);
        Path truth = dir.resolve("ground_truth.json");
        writeTruth(truth, soldQty, boughtQty, mmBuyOrders, proceeds, windowQty, rank, window);
        if (options.gzipCopy()) {
            gzip(tradesFile, dir.resolve("trades.csv.gz"));
        }
        return new Written(tradesFile, options.orderEvents() ? ordersFile : null, linksFile, dumpFile, truth, kpiFile);
    }

    private void plan() {
        int n = options.trades();
        // The dump: 70,000,000 tokens in equal sells over the first 21 hours, by three accounts of the market maker.
        int sells = n >= 200_000 ? 7000 : 700;
        BigDecimal each = TOTAL_DUMP.divide(BigDecimal.valueOf(sells), 2, RoundingMode.UNNECESSARY);
        List<String> sellers = List.of(CASE_ACCOUNTS.get(0), CASE_ACCOUNTS.get(1), LINKED);
        long dumpSpan = 21 * HOUR;
        for (int i = 0; i < sells; i++) {
            long ts = start + 60_000_000L + i * (dumpSpan / sells) + random.nextLong(1000, 1_000_000);
            plan(ts, crowd(), sellers.get(i % 3), each, Pattern.DUMP, 0, false);
        }
        long later = start + 24 * HOUR;
        int selfTrades = Math.max(10, n / 5000);
        for (int i = 0; i < selfTrades; i++) {
            String a = crowd();
            plan(anyTime(), a, a, noiseQty(), Pattern.SELF, 0, random.nextBoolean());
            String m = CASE_ACCOUNTS.get(i % 2);
            plan(later + random.nextLong(47 * HOUR), m, m, noiseQty(), Pattern.SELF, 0, random.nextBoolean());
        }
        for (int i = 0; i < selfTrades; i++) {
            boolean forward = random.nextBoolean();
            plan(later + random.nextLong(47 * HOUR), forward ? CASE_ACCOUNTS.get(0) : LINKED,
                    forward ? LINKED : CASE_ACCOUNTS.get(0), noiseQty(), Pattern.SAME_OWNER, 0, random.nextBoolean());
            // UID-100237 belongs to the market maker's owner only from 9 March.
            plan(start + 48 * HOUR + random.nextLong(23 * HOUR), CASE_ACCOUNTS.get(1), LINKED_LATER, noiseQty(),
                    Pattern.SAME_OWNER, 0, random.nextBoolean());
            plan(anyTime(), OTHER_GROUP.get(i % 2), OTHER_GROUP.get((i + 1) % 2), noiseQty(), Pattern.SAME_OWNER, 0,
                    random.nextBoolean());
            // Controls: the link of UID-100238 ended before the data begins, and UID-100237's had not begun.
            plan(later + random.nextLong(47 * HOUR), LINK_ENDED, CASE_ACCOUNTS.get(0), noiseQty(), Pattern.CONTROL, 0,
                    random.nextBoolean());
            plan(start + 2 * HOUR + random.nextLong(20 * HOUR), crowd(), LINKED_LATER, noiseQty(), Pattern.CONTROL, 0,
                    random.nextBoolean());
        }
        int roundTrips = Math.max(20, n / 2000);
        for (int i = 0; i < roundTrips; i++) {
            roundTrip(random.nextLong(50_000, 900_000), Pattern.ROUND_TRIP);
            if (i % 4 == 0) {
                roundTrip(random.nextLong(2_000_000, 4_500_000), Pattern.ROUND_TRIP_SLOW);
            }
        }
        int cycles = Math.max(10, n / 5000);
        for (int i = 0; i < cycles; i++) {
            int size = i % 2 == 0 ? 3 : 4;
            List<String> accounts = new ArrayList<>();
            while (accounts.size() < size) {
                String a = crowd();
                if (!accounts.contains(a)) {
                    accounts.add(a);
                }
            }
            BigDecimal first = BigDecimal.valueOf(random.nextLong(10_000, 1_000_000), 2);
            long ts = anyTime();
            int group = cycleAccounts.size();
            cycleAccounts.add(List.copyOf(accounts));
            cycleTrades.add(new ArrayList<>());
            for (int leg = 0; leg < size; leg++) {
                BigDecimal qty = leg == 0 ? first
                        : first.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(random.nextLong(-50, 51), 4)))
                                .setScale(2, RoundingMode.HALF_EVEN);
                plan(ts, accounts.get((leg + 1) % size), accounts.get(leg), qty, Pattern.CYCLE, group,
                        random.nextBoolean());
                ts += random.nextLong(60_000_000L, 900_000_000L);
            }
        }
        book.plan(n, options.crowd());
        for (OrderFlow.Spoof sp : book.spoofs()) {
            String other = crowd();
            plan(sp.fillMs() * 1000, sp.fillBuys() ? sp.filledAccount() : other, sp.fillBuys() ? other : sp.filledAccount(),
                    sp.fillQty(), Pattern.SPOOF_FILL, 0, random.nextBoolean());
        }
        // The market maker quotes both sides after the first day.
        int making = Math.max(100, n / 20);
        for (int i = 0; i < making; i++) {
            String m = CASE_ACCOUNTS.get(i % 2);
            String c = crowd();
            boolean mmBuys = random.nextBoolean();
            plan(later + random.nextLong(47 * HOUR), mmBuys ? m : c, mmBuys ? c : m, noiseQty(), Pattern.MARKET_MAKING, 0,
                    random.nextBoolean());
        }
    }

    private void roundTrip(long gap, Pattern pattern) {
        String x = crowd();
        String y;
        do {
            y = crowd();
        } while (y.equals(x));
        BigDecimal qty = noiseQty();
        long ts = anyTime();
        // The price is drawn from the path at each trade's time; a round trip needs both at one price,
        // so the second leg is planted inside the same price step (see drift).
        long step = ts / PRICE_STEP;
        ts = Math.min(ts, (step + 1) * PRICE_STEP - gap - 1);
        plan(ts, y, x, qty, pattern, 0, random.nextBoolean());
        plan(ts + gap, x, y, qty, pattern, 0, random.nextBoolean());
    }

    private void plan(long ts, String buyer, String seller, BigDecimal qty, Pattern pattern, int group, boolean maker) {
        planned.add(new Planned(ts, plannedSeq++, buyer, seller, qty, pattern, group, maker));
    }

    private Planned noise(long ts) {
        String buyer = crowd();
        String seller;
        do {
            seller = crowd();
        } while (seller.equals(buyer));
        return new Planned(ts, -1, buyer, seller, noiseQty(), Pattern.NOISE, 0, random.nextBoolean());
    }

    private void record(Planned t, long id) {
        switch (t.pattern()) {
            case SELF, SAME_OWNER -> {
                w1.add(id);
                w1Volume = w1Volume.add(t.qty());
            }
            case ROUND_TRIP -> w2.add(id);
            case ROUND_TRIP_SLOW -> w2Slow.add(id);
            case CYCLE -> cycleTrades.get(t.group()).add(id);
            default -> {
            }
        }
    }

    /** The price moves only every 10 seconds, so that both legs of a round trip can share one price. */
    private static final long PRICE_STEP = 10_000_000L;
    private long priceStep = Long.MIN_VALUE;

    private BigDecimal drift(BigDecimal price, long ts) {
        long step = ts / PRICE_STEP;
        if (step == priceStep) {
            return price;
        }
        priceStep = step;
        boolean dumping = ts < start + 21 * HOUR;
        double target = dumping ? 0.080 - 0.020 * (ts - start) / (21.0 * HOUR) : 0.060;
        double p = price.doubleValue();
        double next = p + (target - p) * 0.05 + (random.nextDouble() - 0.5) * 0.0004;
        return BigDecimal.valueOf(Math.max(0.001, next)).setScale(6, RoundingMode.HALF_EVEN);
    }

    private String crowd() {
        return "UID-" + (200_000 + random.nextInt(options.crowd()));
    }

    private long anyTime() {
        return start + random.nextLong(70 * HOUR);
    }

    /** Quantities spread evenly over five decades, two decimals: noise that does not repeat itself. */
    private BigDecimal noiseQty() {
        double q = Math.pow(10, random.nextDouble() * 5);
        return BigDecimal.valueOf(q).setScale(2, RoundingMode.HALF_EVEN).max(new BigDecimal("0.01"));
    }

    private boolean isMarketMaker(String account, long ts) {
        return owner(account, ts).equals("MM");
    }

    private String owner(String account, long ts) {
        if (CASE_ACCOUNTS.contains(account) || account.equals(LINKED)
                || (account.equals(LINKED_LATER) && ts >= Instant.parse("2025-03-09T00:00:00Z").getEpochSecond() * 1_000_000)) {
            return "MM";
        }
        return OTHER_GROUP.contains(account) ? "OTHER" : account;
    }

    private void writeLinks(Path file) throws IOException {
        try (Writer w = writer(file)) {
            w.write("account,owner_id,reason,source,valid_from,valid_to\n");
            w.write(CASE_ACCOUNTS.get(0) + "," + MM_OWNER + ",KYC entity,onboarding,2025-01-01,\n");
            w.write(CASE_ACCOUNTS.get(1) + "," + MM_OWNER + ",KYC entity,onboarding,2025-01-01,\n");
            w.write(LINKED + "," + MM_OWNER + ",MM agreement annex B,legal,2025-01-01,\n");
            w.write(LINKED_LATER + "," + MM_OWNER + ",shared device,device fingerprint,2025-03-09T00:00:00Z,\n");
            w.write(LINK_ENDED + "," + MM_OWNER + ",funding address,chain analysis,2025-01-01,2025-03-01\n");
            w.write(OTHER_GROUP.get(0) + "," + OTHER_OWNER + ",KYC entity,onboarding,2024-06-01,\n");
            w.write(OTHER_GROUP.get(1) + "," + OTHER_OWNER + ",KYC entity,onboarding,2024-06-01,\n");
        }
    }

    private void writeTruth(Path file, BigDecimal sold, BigDecimal bought, long buyOrders, BigDecimal proceeds,
            BigDecimal windowQty, long rank, long window) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("seed", options.seed());
        root.put("symbol", SYMBOL);
        ArrayNode accounts = root.putArray("caseAccounts");
        CASE_ACCOUNTS.forEach(accounts::add);
        ObjectNode w1Node = root.putObject("W1");
        ids(w1Node.putArray("tradeIds"), w1);
        w1Node.put("volume", w1Volume.toPlainString());
        ObjectNode w2Node = root.putObject("W2");
        ids(w2Node.putArray("tradeIds"), w2);
        TreeSet<Long> within5 = new TreeSet<>(w2);
        within5.addAll(w2Slow);
        ids(w2Node.putArray("tradeIdsWithin5s"), within5);
        ObjectNode w3Node = root.putObject("W3");
        ArrayNode cycles = w3Node.putArray("cycles");
        TreeSet<Long> union = new TreeSet<>();
        for (int i = 0; i < cycleTrades.size(); i++) {
            ObjectNode c = cycles.addObject();
            ArrayNode a = c.putArray("accounts");
            cycleAccounts.get(i).forEach(a::add);
            ids(c.putArray("tradeIds"), new TreeSet<>(cycleTrades.get(i)));
            union.addAll(cycleTrades.get(i));
        }
        ids(w3Node.putArray("tradeIds"), union);
        ObjectNode d1 = root.putObject("D1");
        ObjectNode w = d1.putObject("window");
        w.put("from", Instant.ofEpochSecond(start / 1_000_000).toString());
        w.put("to", Instant.ofEpochSecond(window / 1_000_000).toString());
        d1.put("soldQty", sold.toPlainString());
        d1.put("boughtQty", bought.toPlainString());
        d1.put("buyOrders", buyOrders);
        d1.put("proceeds", proceeds.toPlainString());
        d1.put("sellShare", sold.divide(windowQty, 6, RoundingMode.HALF_EVEN).toPlainString());
        d1.put("profitRank", rank);
        ObjectNode s2 = root.putObject("S2");
        ids(s2.putArray("fillTradeIds"), spoofFills);
        ArrayNode spoofIds = s2.putArray("orderIds");
        book.spoofOrderIds().forEach(spoofIds::add);
        s2.put("episodes", book.spoofs().size());
        ObjectNode k1 = root.putObject("K1");
        ArrayNode breaches = k1.putArray("breaches");
        for (OrderFlow.Breach b : book.breaches()) {
            breaches.addObject().put("term", b.term()).put("from", Instant.ofEpochMilli(b.fromMs()).toString())
                    .put("to", Instant.ofEpochMilli(b.toMs()).toString());
        }
        json.writeValue(file.toFile(), root);
    }

    private static void ids(ArrayNode array, TreeSet<Long> ids) {
        ids.forEach(id -> array.add(Long.toString(id)));
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to), 1 << 16)) {
            Files.copy(from, out);
        }
    }

    /** {@code generate-market-data <dir> [--seed N] [--trades N] [--crowd N] [--no-orders] [--gzip]} */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: generate-market-data <dir> [--seed N] [--trades N] [--crowd N] [--no-orders] [--gzip]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long seed = 1;
        int trades = 50_000;
        Integer crowd = null;
        boolean orders = true;
        boolean gzip = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--trades" -> trades = Integer.parseInt(args[++i]);
                case "--crowd" -> crowd = Integer.parseInt(args[++i]);
                case "--no-orders" -> orders = false;
                case "--gzip" -> gzip = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Options defaults = Options.of(seed, trades);
        Written w = write(new Options(seed, trades, crowd == null ? defaults.crowd() : crowd, orders, gzip), dir);
        System.out.println("wrote " + w.trades() + ", " + w.accountLinks() + ", " + w.publicDump()
                + (w.orderEvents() == null ? "" : ", " + w.orderEvents()) + " and " + w.groundTruth());
    }

    /** The market maker's KPI terms as its agreement would state them; {@link OrderFlow} plants their breaches. */
    static final String KPI_TERMS = """
            symbol: GPSUSDT
            accounts: [UID-100234, UID-100235]
            max_spread_bps: %s
            depth_band_pct: %s
            min_depth_quote: %s
            min_presence_pct: %s
            period:
              from: %s
              to: %s
            """.formatted(OrderFlow.MAX_SPREAD_BPS, OrderFlow.BAND_PCT, OrderFlow.MIN_DEPTH, OrderFlow.MIN_PRESENCE_PCT,
            OrderFlow.PERIOD_FROM, OrderFlow.PERIOD_TO);

    static Duration span() {
        return Duration.ofHours(72);
    }
}
