package org.glassbox.ui.infrastructure;

/** This node's name among the nodes on one database (glassbox.node-name, else host and process id). */
public record NodeName(String value) {
}
