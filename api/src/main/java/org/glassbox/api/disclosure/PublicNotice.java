package org.glassbox.api.disclosure;

import java.time.Instant;
import java.util.List;

/** A published notice as the public registry shows it: nothing here was ever unpublished. */
public record PublicNotice(String reference, NoticeKind kind, String marketMaker, List<String> markets, String text,
        NoticeFacts facts, String pdfSha256, long pdfSize, String pdfAddress, Instant publishedAt,
        String supersedesReference, String supersededByReference, NoticeKind supersededByKind) {

    public boolean retracted() {
        return supersededByKind == NoticeKind.RETRACTION;
    }
}
