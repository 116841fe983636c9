package org.glassbox.ui.evidence;

import java.util.Locale;
import java.util.Set;

/**
 * How stored evidence bytes are handed to a browser. Evidence is often hostile (a saved phishing page,
 * an SVG from a chat): only types a browser shows without running anything are ever shown in place and
 * named as what they are; everything else goes out as an opaque download, and every answer also
 * carries a sandboxing Content-Security-Policy and nosniff, so no uploaded byte runs as Glassbox's page.
 */
final class EvidenceDownloads {
    /** Sent with evidence bytes: even if shown, they may load nothing and run nothing. */
    static final String POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final Set<String> SHOWABLE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "text/plain", "text/csv");

    private EvidenceDownloads() {
    }

    /** Whether the bytes may be shown in the browser (a preview) rather than only saved. */
    static boolean showable(String mediaType) {
        return SHOWABLE.contains(base(mediaType));
    }

    /** The Content-Type to send: the item's own where it is showable, else opaque bytes. */
    static String servedType(String mediaType) {
        return showable(mediaType) ? base(mediaType) : "application/octet-stream";
    }

    private static String base(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }
}
