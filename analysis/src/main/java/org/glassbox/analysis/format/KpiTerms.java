package org.glassbox.analysis.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glassbox.api.shared.InvalidField;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A market maker's KPI terms as a compliance officer writes them from the signed agreement (YAML, or
 * JSON, which is YAML too; docs/formats.md): the symbol, the accounts bound, the largest spread, the
 * depth each side must show within a band around the mid, the share of each day with both sides quoted,
 * and the period. Read strictly: every field present, numbers written as numbers (never a quoted "80"),
 * no field it does not know, each problem named with its field.
 */
public record KpiTerms(String symbol, List<String> accounts, BigDecimal maxSpreadBps, BigDecimal depthBandPct,
        BigDecimal minDepthQuote, BigDecimal minPresencePct, Instant from, Instant to) {

    private static final Set<String> FIELDS = Set.of("symbol", "accounts", "max_spread_bps", "depth_band_pct",
            "min_depth_quote", "min_presence_pct", "period");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public KpiTerms {
        accounts = List.copyOf(accounts);
    }

    public static KpiTerms read(InputStream bytes) throws IOException {
        Reader text = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(64 * 1024);
        Node root;
        try {
            // The node tree, not constructed objects: each scalar keeps its written form and resolved tag, so
            // 2025-03-07 is not turned into a java.util.Date nor "80" into a number.
            root = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options).compose(text);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.nio.charset.CharacterCodingException) {
                    throw refused("is not UTF-8 text");
                }
            }
            throw refused("is not readable YAML or JSON: " + Fields.shown(String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("")));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw refused("must be a mapping of the KPI fields (symbol, accounts, max_spread_bps, ...)");
        }
        Map<String, Node> fields = fields(mapping, "");
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw refused("has a field it does not know: '" + Fields.shown(name) + "' (known: accounts,"
                        + " depth_band_pct, max_spread_bps, min_depth_quote, min_presence_pct, period, symbol)");
            }
        }
        String symbol = text(fields, "symbol", FieldType.SYMBOL);
        List<String> accounts = accounts(required(fields, "accounts"));
        BigDecimal maxSpread = number(fields, "max_spread_bps", null);
        BigDecimal band = number(fields, "depth_band_pct", HUNDRED);
        BigDecimal depth = number(fields, "min_depth_quote", null);
        BigDecimal presence = number(fields, "min_presence_pct", HUNDRED);
        if (!(required(fields, "period") instanceof MappingNode periodNode)) {
            throw refused("period: must be a mapping with from and to");
        }
        Map<String, Node> period = fields(periodNode, "period.");
        for (String name : period.keySet()) {
            if (!name.equals("from") && !name.equals("to")) {
                throw refused("period: has a field it does not know: '" + Fields.shown(name) + "' (known: from, to)");
            }
        }
        Instant from = Fields.validity(text(period, "from", FieldType.VALIDITY, "period.from"));
        Instant to = Fields.validity(text(period, "to", FieldType.VALIDITY, "period.to"));
        if (!to.isAfter(from)) {
            throw refused("period.to: " + to + " is not after period.from " + from);
        }
        return new KpiTerms(symbol, accounts, maxSpread, band, depth, presence, from, to);
    }

    private static Map<String, Node> fields(MappingNode mapping, String prefix) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw refused(prefix + "field names must be plain text");
            }
            if (fields.put(key.getValue(), tuple.getValueNode()) != null) {
                throw refused(prefix + Fields.shown(key.getValue()) + ": is given twice");
            }
        }
        return fields;
    }

    private static Node required(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            throw refused(name + ": is missing");
        }
        return node;
    }

    private static String text(Map<String, Node> fields, String name, FieldType type) {
        return text(fields, name, type, name);
    }

    private static String text(Map<String, Node> fields, String name, FieldType type, String shownAs) {
        Node node = fields.get(name);
        if (node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            throw refused(shownAs + ": is missing");
        }
        if (!(node instanceof ScalarNode scalar)
                || !(scalar.getTag().equals(Tag.STR) || type == FieldType.VALIDITY && scalar.getTag().equals(Tag.TIMESTAMP))) {
            throw refused(shownAs + ": must be text" + (type == FieldType.VALIDITY ? " (a date such as 2025-03-07)" : ""));
        }
        String problem = Fields.problem(type, scalar.getValue());
        if (problem != null) {
            throw refused(shownAs + ": " + problem);
        }
        return scalar.getValue();
    }

    private static List<String> accounts(Node node) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw refused("accounts: must be a list of one or more account ids");
        }
        List<String> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
                throw refused("accounts: each account must be text; write an all-digit id in quotes (\"100234\")");
            }
            String problem = Fields.problem(FieldType.ACCOUNT, scalar.getValue());
            if (problem != null) {
                throw refused("accounts: " + problem);
            }
            if (!seen.add(scalar.getValue())) {
                throw refused("accounts: " + scalar.getValue() + " is listed twice");
            }
            accounts.add(scalar.getValue());
        }
        return List.copyOf(accounts);
    }

    /** A number written as a number, greater than zero, at most {@code max} when there is one. */
    private static BigDecimal number(Map<String, Node> fields, String name, BigDecimal max) {
        Node node = required(fields, name);
        if (!(node instanceof ScalarNode scalar) || !(scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            throw refused(name + ": must be a number (written without quotes)");
        }
        // The market data's own rule for decimals: digits and one point, bounded, no exponent, sign, '_' or
        // YAML 1.1 octal; so 1e999999999 or 010 never become a number, and messages quote what was written.
        String written = scalar.getValue();
        String problem = Fields.problem(FieldType.POSITIVE_DECIMAL, written);
        if (problem != null) {
            throw refused(name + ": must be greater than 0 and written as a plain decimal; " + problem);
        }
        if (written.matches("0\\d.*")) {
            throw refused(name + ": '" + written + "' has a leading zero, which YAML may read as octal; write it without");
        }
        BigDecimal value = new BigDecimal(written);
        if (max != null && value.compareTo(max) > 0) {
            throw refused(name + ": is a percentage, at most 100, not " + written);
        }
        return value;
    }

    private static InvalidField refused(String problem) {
        return new InvalidField("file", problem);
    }
}
