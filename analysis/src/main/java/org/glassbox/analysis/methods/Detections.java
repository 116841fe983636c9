package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The part every detector's result shares: the flagged trade ids, their count, volume and share. */
final class Detections {
    private Detections() {
    }

    /** Distinct flagged trades by id (a trade flagged twice counts once). */
    static Map<String, Flagged> distinct(Collection<Flagged> flagged) {
        Map<String, Flagged> byId = new LinkedHashMap<>();
        flagged.forEach(f -> byId.putIfAbsent(f.tradeId(), f));
        return byId;
    }

    static ObjectNode summary(Collection<Flagged> flagged, SelfTrades.Totals totals) {
        Map<String, Flagged> byId = distinct(flagged);
        List<String> ids = Ids.sorted(byId.keySet());
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal mmVolume = BigDecimal.ZERO;
        long mm = 0;
        for (Flagged f : byId.values()) {
            volume = volume.add(f.qty());
            if (f.marketMaker()) {
                mm++;
                mmVolume = mmVolume.add(f.qty());
            }
        }
        ObjectNode result = Json.object();
        Json.strings(result, "tradeIds", ids);
        result.put("count", ids.size());
        result.put("volume", Json.decimal(volume));
        result.put("share", Json.share(volume, totals.volume()));
        result.put("marketMakerCount", mm);
        result.put("marketMakerVolume", Json.decimal(mmVolume));
        result.put("marketTrades", totals.trades());
        result.put("marketVolume", Json.decimal(totals.volume()));
        return result;
    }
}
