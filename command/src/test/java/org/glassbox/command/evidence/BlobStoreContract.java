package org.glassbox.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.api.evidence.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every blob store adapter promises; each adapter's test runs these against a real store. */
abstract class BlobStoreContract {
    @TempDir
    Path temp;

    abstract BlobStore store() throws Exception;

    Path file(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void storedBytesReadBackUnchanged() throws Exception {
        Path file = file("trades.csv", "time,account,side,qty\n2026-03-04T10:00:00Z,UID-1,SELL,70000000\n");
        byte[] bytes = Files.readAllBytes(file);
        Sha256 digest = EvidenceFixtures.digest(bytes);
        String address = store().put(digest, bytes.length, file);
        try (InputStream in = store().open(address)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store().exists(address)).isTrue();
        assertThat(address).contains(digest.hex());
    }

    @Test
    void theStoreListsWhatItHoldsAndRemovesWhatItIsToldTo() throws Exception {
        Path file = file("orphan.txt", "taken in, never recorded " + System.nanoTime());
        byte[] bytes = Files.readAllBytes(file);
        String address = store().put(EvidenceFixtures.digest(bytes), bytes.length, file);
        BlobStore.StoredObject held = store().contents().stream().filter(o -> address.equals(o.address()))
                .findFirst().orElseThrow();
        assertThat(held.size()).isEqualTo(bytes.length);
        assertThat(held.partial()).isFalse();
        store().remove(held);
        assertThat(store().exists(address)).isFalse();
        assertThat(store().contents()).noneMatch(o -> address.equals(o.address()));
    }

    @Test
    void theSameBytesAreStoredOnceUnderOneAddress() throws Exception {
        Path first = file("a.txt", "same bytes");
        Path second = file("b.txt", "same bytes");
        Sha256 digest = EvidenceFixtures.digest("same bytes".getBytes(StandardCharsets.UTF_8));
        String a = store().put(digest, 10, first);
        String b = store().put(digest, 10, second);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void differentBytesGetDifferentAddresses() throws Exception {
        Path one = file("1.txt", "one");
        Path two = file("2.txt", "two");
        String a = store().put(EvidenceFixtures.digest(Files.readAllBytes(one)), 3, one);
        String b = store().put(EvidenceFixtures.digest(Files.readAllBytes(two)), 3, two);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void anAddressWithNothingStoredIsReportedMissing() throws Exception {
        Path file = file("gone.txt", "never stored");
        byte[] bytes = Files.readAllBytes(file);
        String address = store().put(EvidenceFixtures.digest(bytes), bytes.length, file)
                .replaceAll("[0-9a-f]{64}$", "0".repeat(64));
        assertThat(store().exists(address)).isFalse();
        assertThatThrownBy(() -> store().open(address)).isInstanceOf(BlobStore.NoSuchBlob.class);
    }
}
