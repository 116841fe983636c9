package org.glassbox.command.disclosure;

/** Numbers published notices per case, gap-free: GBX-2026-000003-N1, -N2 ... */
public interface NoticeReferences {

    /** The next number for the case; taken inside the publishing transaction. */
    int next(String caseId);
}
