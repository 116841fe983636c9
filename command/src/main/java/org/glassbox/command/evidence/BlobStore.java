package org.glassbox.command.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.glassbox.api.evidence.Sha256;

/**
 * Where evidence bytes live: content-addressed (the address derives from the SHA-256) and write-once
 * (bytes under an address never change through this port). The event store holds only digests and
 * addresses, never bytes.
 */
public interface BlobStore {

    /**
     * Stores the file's bytes under their digest and answers the address. Storing bytes that are already
     * there changes nothing. The store may take the file over (move it) rather than copy it; the caller
     * deletes whatever is left. The caller has measured the digest.
     */
    String put(Sha256 digest, long size, Path file) throws IOException;

    /** The stored bytes; {@link NoSuchBlob} if nothing is stored at the address. */
    InputStream open(String address) throws IOException;

    boolean exists(String address) throws IOException;

    /**
     * The stored file itself, where the store keeps blobs as local files, so that an engine can read it in
     * place; empty where it does not (the caller copies the bytes out).
     */
    default java.util.Optional<Path> localFile(String address) {
        return java.util.Optional.empty();
    }

    /** A short name for screens and logs: "local" or "s3". */
    String kind();

    /**
     * Everything the store holds: complete blobs (with their address) and leftovers of writes that never
     * finished (address null), for the orphan sweep. Never used to find evidence: the record says what exists.
     */
    java.util.List<StoredObject> contents() throws IOException;

    /**
     * Removes an object no event refers to (the orphan sweep's, after its grace period); never an item's
     * bytes. Where the store refuses (object lock), the object stays and the refusal is said.
     */
    void remove(StoredObject object) throws IOException;

    /** One object in the store: a blob's address, or null for a leftover; the name the store knows it by. */
    record StoredObject(String address, String name, long size, java.time.Instant modified) {
        public boolean partial() {
            return address == null;
        }
    }

    /** Nothing is stored at the address (anymore). */
    class NoSuchBlob extends IOException {
        public NoSuchBlob(String address) {
            super("No blob at " + address);
        }
    }
}
