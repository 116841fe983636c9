package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How results write their figures: decimals as exact strings, ratios and statistics rounded as stated. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Floating statistics are printed with this many significant digits. */
    static final int SIGNIFICANT = 6;
    /** Shares are printed with this many decimal places, rounded half-even. */
    static final int SHARE_SCALE = 6;

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String decimal(BigDecimal d) {
        return d.toPlainString();
    }

    /** part / whole, half-even to six decimals; "0.000000" when the whole is zero. */
    static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE).toPlainString();
        }
        return part.divide(whole, SHARE_SCALE, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A floating statistic computed from exact counts, to six significant digits. */
    static String statistic(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toString();
    }

    static String instant(long micros) {
        return org.glassbox.analysis.engine.Micros.instant(micros).toString();
    }

    static ArrayNode strings(ObjectNode parent, String field, Collection<String> values) {
        ArrayNode array = parent.putArray(field);
        values.forEach(array::add);
        return array;
    }
}
