package org.glassbox.ui.support;

/** JSON bodies for flagging cases through the API, in the request shape other systems integrate against. */
public final class CaseFixtures {
    private CaseFixtures() {
    }

    public static String flagJson(String marketMakerId, String symbol, String behaviour, String alertId) {
        String source = alertId == null ? "{\"kind\":\"MANUAL\"}"
                : "{\"kind\":\"ALERT\",\"alertId\":\"" + alertId + "\"}";
        return """
                {"marketMaker":{"id":"%s","name":"Northwind Liquidity"},"accounts":["UID-100234"],
                 "symbols":["%s"],"behaviours":["%s"],"summary":"Volume spike after listing","severity":"HIGH",
                 "source":%s}""".formatted(marketMakerId, symbol, behaviour, source);
    }
}
