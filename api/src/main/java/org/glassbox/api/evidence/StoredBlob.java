package org.glassbox.api.evidence;

/**
 * Where an item's bytes are and what they are, as measured while storing them: digest, size, the media
 * type sniffed from the content, the file name the submitter gave (metadata only, never a path), and
 * the store's address for them.
 */
public record StoredBlob(Sha256 sha256, long size, String mediaType, String fileName, String address) {
}
