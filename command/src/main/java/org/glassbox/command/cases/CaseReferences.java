package org.glassbox.command.cases;

/**
 * Hands out case references (GBX-2026-000042): unique and gap-free per year. An implementation must
 * take part in the command's transaction, so a rejected flagging gives its number back.
 */
public interface CaseReferences {

    /** The next number of the year, starting at 1. */
    long next(int year);

    static String format(int year, long number) {
        return "GBX-%d-%06d".formatted(year, number);
    }
}
