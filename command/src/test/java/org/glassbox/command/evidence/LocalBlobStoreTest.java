package org.glassbox.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.api.evidence.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalBlobStoreTest extends BlobStoreContract {
    LocalBlobStore store;

    @BeforeEach
    void open() throws Exception {
        store = new LocalBlobStore(temp.resolve("blobs"));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void aBlobIsReadOnlyOnceWrittenAndNoTemporaryFileRemains() throws Exception {
        Path file = file("chat.txt", "we dump at listing");
        byte[] bytes = Files.readAllBytes(file);
        Sha256 digest = EvidenceFixtures.digest(bytes);
        Path stored = store.pathOf(store.put(digest, bytes.length, file));
        assertThat(stored).exists();
        assertThat(stored.toFile().canWrite() && !"root".equals(System.getProperty("user.name")))
                .as("read-only (root can write anything; the permission bits are what we check)").isFalse();
        assertThat(Files.getPosixFilePermissions(stored).toString()).doesNotContain("WRITE");
        try (var files = Files.walk(temp.resolve("blobs"))) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(stored);
        }
    }
}
