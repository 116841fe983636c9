package org.glassbox.api.evidence;

/** How someone reads an item's bytes: saving a copy, or viewing them in place. */
public enum EvidenceAccess {
    DOWNLOAD, PREVIEW
}
