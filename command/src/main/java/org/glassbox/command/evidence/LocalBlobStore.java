package org.glassbox.command.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.glassbox.api.evidence.Sha256;

/**
 * Blobs as files under a root directory, at {@code ab/cd/abcd...} (the digest's first bytes fan the
 * files out). A blob is written to a temporary file beside its final place, moved there atomically and
 * made read-only, so no reader ever sees half a blob and nothing in Glassbox writes it again.
 */
public class LocalBlobStore implements BlobStore {
    private static final String PREFIX = "local:";
    private final Path root;
    private final long reserveBytes;
    private final java.time.Clock clock;

    public LocalBlobStore(Path root) throws IOException {
        this(root, 0, java.time.Clock.systemUTC());
    }

    /**
     * A store that refuses a blob which would leave less than {@code reserveBytes} free on its file system,
     * so a full disk is met with a clear refusal before it stops the database or the logs beside it.
     */
    public LocalBlobStore(Path root, long reserveBytes, java.time.Clock clock) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
        this.reserveBytes = reserveBytes;
        this.clock = clock;
    }

    @Override
    public String put(Sha256 digest, long size, Path file) throws IOException {
        Path target = pathOf(digest);
        if (Files.exists(target)) {
            // Fresh again: the orphan sweep never removes a blob an upload has just been given.
            Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(clock.instant()));
            return PREFIX + digest.hex();
        }
        if (Files.getFileStore(root).getUsableSpace() - size < reserveBytes) {
            throw new EvidenceStoreUnavailable("The evidence store is full (it keeps " + reserveBytes
                    + " bytes free); nothing was stored. An operator must make room before files can be added.", true, null);
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            // A rename when the spool shares the file system (the bytes are written once), else a copy.
            Files.move(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            force(temporary);
            temporary.toFile().setReadOnly();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            // The fan-out folders may be new too: each entry on the way down must survive a crash.
            force(target.getParent());
            force(target.getParent().getParent());
            force(root);
        } catch (FileAlreadyExistsException raced) {
            // Another upload of the same bytes won: the content is identical by construction.
        } finally {
            Files.deleteIfExists(temporary);
        }
        return PREFIX + digest.hex();
    }

    /**
     * On disk before the event naming the blob is recorded: the file's bytes, and the directory entry of
     * the rename (some file systems cannot open a directory for this; their rename is then the OS's to keep).
     */
    private static void force(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        try (var channel = java.nio.channels.FileChannel.open(path, directory
                ? java.nio.file.StandardOpenOption.READ : java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
        }
    }

    @Override
    public InputStream open(String address) throws IOException {
        try {
            return Files.newInputStream(pathOf(address));
        } catch (NoSuchFileException e) {
            throw new NoSuchBlob(address);
        }
    }

    @Override
    public boolean exists(String address) {
        return Files.isRegularFile(pathOf(address));
    }

    @Override
    public java.util.Optional<Path> localFile(String address) {
        Path file = pathOf(address);
        return Files.isRegularFile(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    @Override
    public String kind() {
        return "local";
    }

    @Override
    public java.util.List<StoredObject> contents() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            java.util.List<StoredObject> found = new java.util.ArrayList<>();
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString();
                String fileName = file.getFileName().toString();
                java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                        java.nio.file.attribute.BasicFileAttributes.class);
                boolean blob = fileName.matches("[0-9a-f]{64}") && file.equals(pathOf(Sha256.parse("file", fileName)));
                String address = blob ? PREFIX + fileName : null;
                found.add(new StoredObject(address, name, attributes.size(), attributes.lastModifiedTime().toInstant()));
            }
            return found;
        }
    }

    @Override
    public void remove(StoredObject object) throws IOException {
        Path file = root.resolve(object.name()).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Not in the store: " + object.name());
        }
        Files.deleteIfExists(file);
    }

    /** The file of an address; exposed so operators (and tests) can find a blob on disk. */
    public Path pathOf(String address) {
        if (!address.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a local blob address: " + address);
        }
        return pathOf(Sha256.parse("address", address.substring(PREFIX.length())));
    }

    private Path pathOf(Sha256 digest) {
        String hex = digest.hex();
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }
}
