package org.glassbox.command.disclosure;

/** Turns approved notice content into the bytes of its PDF; the same content always gives the same bytes. */
public interface NoticeRenderer {

    /** Everything printed on a notice, fixed at approval. */
    record Notice(String reference, Disclosure.Publication content, String supersedesReference, String publicUrl) {
    }

    byte[] render(Notice notice);
}
