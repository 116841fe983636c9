package org.glassbox.analysis.book;

/** An event the book cannot apply: it names the line and says what does not fit. */
public final class BookInconsistency extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BookInconsistency(String message) {
        super(message);
    }
}
