package org.glassbox.api.disclosure;

/** A first notice, a correction that supersedes an earlier one, or a retraction of one. */
public enum NoticeKind {
    NOTICE, CORRECTION, RETRACTION
}
