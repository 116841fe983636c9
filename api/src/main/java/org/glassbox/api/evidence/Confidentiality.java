package org.glassbox.api.evidence;

/** Whether an evidence item may ever appear in a public disclosure. */
public enum Confidentiality {
    INTERNAL, DISCLOSABLE
}
