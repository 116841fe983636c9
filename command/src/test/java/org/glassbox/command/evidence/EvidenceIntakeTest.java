package org.glassbox.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Set;

import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.shared.InvalidField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Taking uploads in: measured digest and size, sniffed media type, refusals that leave nothing behind. */
class EvidenceIntakeTest {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path temp;
    LocalBlobStore store;
    EvidenceIntake intake;

    @BeforeEach
    void setUp() throws Exception {
        store = new LocalBlobStore(temp.resolve("blobs"));
        intake = new EvidenceIntake(store, temp.resolve("spool"), 1_000_000_000L,
                Set.of("application/pdf", "text/plain", "text/csv", "application/octet-stream"));
    }

    @Test
    void aStoreBelowItsReserveOfFreeSpaceRefusesAsFullAndKeepsNothing() throws Exception {
        EvidenceIntake full = new EvidenceIntake(new LocalBlobStore(temp.resolve("blobs"), Long.MAX_VALUE / 2, java.time.Clock.systemUTC()),
                temp.resolve("spool"), 1000, Set.of());
        assertThatThrownBy(() -> full.receive(new ByteArrayInputStream(PDF), "notice.pdf"))
                .isInstanceOfSatisfying(EvidenceStoreUnavailable.class, e -> assertThat(e.full()).isTrue())
                .hasMessageContaining("full");
        assertThat(filesUnder("blobs")).isZero();
        assertThat(filesUnder("spool")).isZero();
    }

    @Test
    void aStoreThatCannotBeWrittenIsSaidToBeUnavailableAndKeepsNothing() throws Exception {
        Files.delete(temp.resolve("blobs"));
        Files.writeString(temp.resolve("blobs"), "a file where the store's directory was");
        assertThatThrownBy(() -> intake.receive(new ByteArrayInputStream(PDF), "notice.pdf"))
                .isInstanceOfSatisfying(EvidenceStoreUnavailable.class, e -> assertThat(e.full()).isFalse())
                .hasMessageContaining("cannot be written");
        assertThat(filesUnder("spool")).isZero();
    }

    private long filesUnder(String dir) throws Exception {
        try (var files = Files.walk(temp.resolve(dir))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theDigestAndSizeAreMeasuredFromTheBytesAndTheMediaTypeSniffedFromThem() throws Exception {
        StoredBlob blob = intake.receive(new ByteArrayInputStream(PDF), "notes.txt");
        assertThat(blob.sha256()).isEqualTo(EvidenceFixtures.digest(PDF));
        assertThat(blob.size()).isEqualTo(PDF.length);
        assertThat(blob.mediaType()).as("the bytes say PDF, whatever the name says").isEqualTo("application/pdf");
        assertThat(blob.fileName()).isEqualTo("notes.txt");
        try (InputStream in = store.open(blob.address())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(filesUnder("spool")).as("the spool file is gone").isZero();
    }

    @Test
    void anEmptyFileIsRefusedAndNothingStored() throws Exception {
        assertThatThrownBy(() -> intake.receive(new ByteArrayInputStream(new byte[0]), "empty.csv"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.problem()).isEqualTo("is empty"));
        assertThat(filesUnder("blobs") + filesUnder("spool")).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingStored() throws Exception {
        EvidenceIntake small = new EvidenceIntake(store, temp.resolve("spool"), 10, Set.of());
        assertThatThrownBy(() -> small.receive(new ByteArrayInputStream(PDF), "big.pdf"))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.problem()).isEqualTo("is larger than the limit of 10 bytes"));
        assertThat(filesUnder("blobs") + filesUnder("spool")).isZero();
    }

    @Test
    void aMediaTypeNotAllowedIsRefusedAndNothingStored() throws Exception {
        EvidenceIntake pdfOnly = new EvidenceIntake(store, temp.resolve("spool"), 1000, Set.of("application/pdf"));
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> pdfOnly.receive(new ByteArrayInputStream(zip), "report.pdf"))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.problem()).startsWith("has media type application/zip, which is not allowed"));
        assertThat(filesUnder("blobs") + filesUnder("spool")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\boot.ini", "dir/file.csv", "..", "a\u0000b.csv", "tab\tname"})
    void aFileNameThatIsNotAPlainNameIsRefused(String name) throws Exception {
        assertThatThrownBy(() -> intake.receive(new ByteArrayInputStream(PDF), name))
                .isInstanceOf(InvalidField.class).hasMessageContaining("not a plain file name");
        assertThat(filesUnder("blobs") + filesUnder("spool")).isZero();
    }

    /**
     * 400 MB through the intake in a test JVM limited to 256 MB of heap (surefire argLine of this
     * module): the upload is streamed, never held.
     */
    @Test
    void aFileLargerThanTheHeapStreamsThrough() throws Exception {
        long size = 400L * 1024 * 1024;
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        try (InputStream generated = new GeneratedBytes(size)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = generated.read(buffer)) != -1;) {
                expected.update(buffer, 0, n);
            }
        }
        assertThat(Runtime.getRuntime().maxMemory()).as("heap limit of this test JVM").isLessThan(size);
        StoredBlob blob = intake.receive(new GeneratedBytes(size), "orderbook.bin");
        assertThat(blob.size()).isEqualTo(size);
        assertThat(blob.sha256()).isEqualTo(Sha256.of(expected.digest()));
        assertThat(Files.size(store.pathOf(blob.address()))).isEqualTo(size);
    }

    @Test
    void bytesPushedInPiecesOfAnySizeAreSpooledInOrderWithTheirDigest() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(5).nextBytes(bytes);
        var pieces = new java.util.Random(9);
        EvidenceIntake.Spooled spooled;
        try (EvidenceIntake.SpoolWriter writer = intake.startSpool()) {
            for (int at = 0; at < bytes.length;) {
                int n = Math.min(bytes.length - at, 1 + pieces.nextInt(600_000));
                writer.write(java.nio.ByteBuffer.wrap(bytes, at, n));
                at += n;
            }
            spooled = writer.finish();
        }
        assertThat(Files.readAllBytes(spooled.file())).isEqualTo(bytes);
        assertThat(spooled.digest()).isEqualTo(Sha256.of(MessageDigest.getInstance("SHA-256").digest(bytes)));
        StoredBlob blob = intake.receive(spooled, "pieces.bin", org.glassbox.api.evidence.EvidenceKind.OTHER).blob();
        assertThat(Files.readAllBytes(store.pathOf(blob.address()))).isEqualTo(bytes);
        assertThat(Files.exists(spooled.file())).as("the store took the spool file").isFalse();
    }

    @Test
    void aSpoolThatCannotBeWrittenIsTheStoresFailureNotTheUploads() throws Exception {
        Files.delete(temp.resolve("spool"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intake.startSpool())
                .isInstanceOf(EvidenceStoreUnavailable.class);
    }

    @Test
    void aSpoolAbandonedHalfWayLeavesNoFile() throws Exception {
        try (EvidenceIntake.SpoolWriter writer = intake.startSpool()) {
            writer.write(java.nio.ByteBuffer.wrap(new byte[1024 * 1024]));
        }
        try (var left = Files.list(temp.resolve("spool"))) {
            assertThat(left).isEmpty();
        }
    }

    /** Deterministic pseudo-random bytes made on the fly, so the test holds none of them. */
    static final class GeneratedBytes extends InputStream {
        private long remaining;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedBytes(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                b[off + i] = (byte) state;
            }
            remaining -= n;
            return n;
        }
    }
}
