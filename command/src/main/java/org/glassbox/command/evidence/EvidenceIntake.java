package org.glassbox.command.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.tika.Tika;
import org.glassbox.analysis.format.MarketDataReader;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.shared.InvalidField;

/**
 * Takes an upload into the blob store: streams it to a spool file while computing its SHA-256 and size
 * (memory stays flat whatever the size; the bytes are written once, a local store takes the file by
 * rename), refuses it past the size limit, sniffs its media type from the bytes (Apache Tika: the bytes
 * decide; the file name may only refine a generic text type, e.g. text/plain to text/csv, never make a
 * PDF of an executable), checks that type against the allowed
 * ones, reads market data strictly (a trade export, order events or account links that does not parse
 * is refused naming its line and column, and a profile of what it holds is answered with the blob), and
 * only then stores it under its digest. A refused upload leaves nothing behind.
 */
public class EvidenceIntake {
    private static final int BUFFER = 64 * 1024;
    private final BlobStore store;
    private final Path spool;
    private final long maxBytes;
    private final Set<String> allowedMediaTypes;
    private final Tika tika = new Tika();
    private final MarketDataReader marketData;
    private static final long FLUSH_EVERY = 64L * 1024 * 1024;
    private final boolean flushWhileWriting;
    private final ExecutorService flusher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("evidence-spool-flush").daemon().factory());
    private final ExecutorService writers = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("evidence-spool-writer-", 0).daemon().factory());

    /** Stored bytes and, for market data, what they were found to hold. */
    public record Received(StoredBlob blob, MarketDataProfile profile) {
    }

    public EvidenceIntake(BlobStore store, Path spool, long maxBytes, Set<String> allowedMediaTypes)
            throws IOException {
        this(store, spool, maxBytes, allowedMediaTypes, new MarketDataReader(
                org.glassbox.analysis.engine.Engine.withDefaults(spool.resolve("engine"))));
    }

    public EvidenceIntake(BlobStore store, Path spool, long maxBytes, Set<String> allowedMediaTypes,
            MarketDataReader marketData) throws IOException {
        this.marketData = marketData;
        this.store = store;
        this.spool = Files.createDirectories(spool);
        this.maxBytes = maxBytes;
        this.allowedMediaTypes = Set.copyOf(allowedMediaTypes);
        this.flushWhileWriting = "local".equals(store.kind());
    }

    /** Takes in the bytes of an item that is not market data (kept as they are, never read). */
    public StoredBlob receive(InputStream upload, String fileName) throws IOException {
        return receive(upload, fileName, EvidenceKind.OTHER).blob();
    }

    /** A file past the size limit: bad input (the API's multipart resolver answers it with 413). */
    public static final class TooLarge extends InvalidField {
        public TooLarge(long maxBytes) {
            super("file", "is larger than the limit of " + maxBytes + " bytes");
        }
    }

    /** Bytes written once to the spool while their SHA-256 and size were measured, not yet checked or stored. */
    public record Spooled(Path file, Sha256 digest, long size) {
    }

    /** Takes in the bytes of an item of this kind; market data is read strictly before it is stored. */
    public Received receive(InputStream upload, String fileName, EvidenceKind kind) throws IOException {
        safeFileName(fileName);
        return receive(spool(upload), fileName, kind);
    }

    /**
     * Writes an upload to the spool while hashing it (a local store later takes this very file by rename).
     * Refused past the size limit; nothing is left behind on failure.
     */
    public Spooled spool(InputStream upload) throws IOException {
        try (SpoolWriter writer = startSpool()) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = upload.read(buffer)) != -1;) {
                writer.write(ByteBuffer.wrap(buffer, 0, n));
            }
            return writer.finish();
        }
    }

    /** A spool file to push bytes into as they arrive (a multipart parser hands over slices of its buffer). */
    public SpoolWriter startSpool() {
        try {
            return new SpoolWriter(Files.createTempFile(spool, "upload-", ".part"));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /**
     * Hashes and counts what it is given on the caller's thread while a writer thread puts the bytes in the
     * file (the two together are the work of an upload; on separate cores they overlap). Closed without
     * {@link #finish()}, it deletes its file.
     */
    public final class SpoolWriter implements java.io.Closeable {
        private static final int SLICE = 256 * 1024;
        private static final int SLICES = 8;
        private static final ByteBuffer END = ByteBuffer.allocate(0);
        private final Path file;
        private final FileChannel out;
        private final MessageDigest sha256 = sha256();
        private final BlockingQueue<ByteBuffer> filled = new ArrayBlockingQueue<>(SLICES + 1);
        private final BlockingQueue<ByteBuffer> empty = new ArrayBlockingQueue<>(SLICES);
        private final Future<?> writing;
        private int allocated;
        private ByteBuffer current;
        private long size;
        private boolean broken;
        private Spooled finished;

        private SpoolWriter(Path file) throws IOException {
            this.file = file;
            this.out = FileChannel.open(file, StandardOpenOption.WRITE);
            this.writing = writers.submit(this::drain);
        }

        public void write(ByteBuffer bytes) throws IOException {
            if (broken) {
                throw new IllegalStateException("A spool that failed once takes no more bytes");
            }
            if (size + bytes.remaining() > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            failIfWriterStopped();
            // Broken until these bytes are both handed over and counted: a half-taken write must never finish.
            broken = true;
            ByteBuffer counted = bytes.duplicate();
            while (bytes.hasRemaining()) {
                if (current == null) {
                    current = nextSlice();
                }
                int n = Math.min(current.remaining(), bytes.remaining());
                current.put(current.position(), bytes, bytes.position(), n).position(current.position() + n);
                bytes.position(bytes.position() + n);
                if (!current.hasRemaining()) {
                    hand(current.flip());
                    current = null;
                }
            }
            size += counted.remaining();
            sha256.update(counted);
            broken = false;
        }

        public Spooled finish() throws IOException {
            if (broken) {
                throw new IllegalStateException("A spool that failed once cannot be finished");
            }
            if (current != null) {
                hand(current.flip());
                current = null;
            }
            hand(END);
            awaitWriter();
            out.close();
            finished = new Spooled(file, Sha256.of(sha256.digest()), size);
            return finished;
        }

        @Override
        public void close() throws IOException {
            if (finished == null) {
                writing.cancel(true);
                out.close();
                Files.deleteIfExists(file);
            }
        }

        /** The writer thread: writes each slice in order; a local store's file is flushed as it grows. */
        private Void drain() throws IOException, InterruptedException {
            long written = 0;
            long flushRequestedAt = 0;
            Future<?> flushing = CompletableFuture.completedFuture(null);
            for (ByteBuffer slice; (slice = filled.take()) != END;) {
                while (slice.hasRemaining()) {
                    written += out.write(slice);
                }
                empty.put(slice.clear());
                // A local store forces the file to disk before the item is recorded. Flushing what has arrived
                // while the rest streams in overlaps that disk work with the upload instead of adding it after.
                if (flushWhileWriting && written - flushRequestedAt >= FLUSH_EVERY && flushing.isDone()) {
                    // A failed flush fails the upload: Linux may mark the pages clean, and a later force succeed.
                    await(flushing);
                    flushRequestedAt = written;
                    flushing = flusher.submit(() -> {
                        out.force(false);
                        return null;
                    });
                }
            }
            await(flushing);
            return null;
        }

        private ByteBuffer nextSlice() throws IOException {
            ByteBuffer free = empty.poll();
            if (free != null) {
                return free;
            }
            if (allocated < SLICES) {
                allocated++;
                return ByteBuffer.allocate(SLICE);
            }
            try {
                while ((free = empty.poll(1, java.util.concurrent.TimeUnit.SECONDS)) == null) {
                    failIfWriterStopped();
                }
                return free;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("Interrupted while spooling");
            }
        }

        private void hand(ByteBuffer slice) throws IOException {
            try {
                while (!filled.offer(slice, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    failIfWriterStopped();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("Interrupted while spooling");
            }
        }

        private void failIfWriterStopped() {
            if (writing.isDone()) {
                awaitWriter();
                throw unavailable(new IOException("The spool writer stopped before the end of the upload"));
            }
        }

        /** The writer thread only writes and flushes the spool: what stops it is the disk, not the client. */
        private void awaitWriter() {
            try {
                await(writing);
            } catch (IOException e) {
                throw unavailable(e);
            }
        }
    }

    private static void await(Future<?> work) throws IOException {
        try {
            work.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            throw new IOException("The spool writer was stopped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while spooling");
        }
    }

    /**
     * Checks spooled bytes (not empty, an allowed media type, market data that parses) and stores them under
     * their digest. The spool file is gone afterwards, taken by the store or deleted.
     */
    public Received receive(Spooled spooled, String fileName, EvidenceKind kind) throws IOException {
        Path file = spooled.file();
        try {
            String name = safeFileName(fileName);
            if (spooled.size() == 0) {
                throw new InvalidField("file", "is empty");
            }
            String mediaType;
            try (InputStream head = new BufferedInputStream(Files.newInputStream(file))) {
                mediaType = tika.detect(head, name);
            }
            if (!allowedMediaTypes.isEmpty() && !allowedMediaTypes.contains(mediaType)) {
                throw new InvalidField("file", "has media type " + mediaType + ", which is not allowed here (allowed: "
                        + String.join(", ", allowedMediaTypes.stream().sorted().toList()) + ")");
            }
            MarketDataProfile profile = kind.isMarketData() ? marketData.profile(file, kind, name) : null;
            if (kind == EvidenceKind.KPI_TERMS) {
                try (InputStream terms = Files.newInputStream(file)) {
                    org.glassbox.analysis.format.KpiTerms.read(terms);
                }
            }
            return new Received(new StoredBlob(spooled.digest(), spooled.size(), mediaType, name,
                    put(spooled.digest(), spooled.size(), file)), profile);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The store's own failures are the store's, not the upload's: said as such, so the client may retry. */
    private String put(Sha256 digest, long size, Path file) {
        try {
            return store.put(digest, size, file);
        } catch (EvidenceStoreUnavailable e) {
            throw e;
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** A failure of the disk under the spool or the store: the client may retry, it is not their input. */
    private static EvidenceStoreUnavailable unavailable(IOException e) {
        // ENOSPC: the JDK's message (a FileSystemException's includes its reason) says so, no type does.
        boolean full = String.valueOf(e.getMessage()).contains("No space left");
        return new EvidenceStoreUnavailable(full
                ? "The evidence store is full; nothing was stored. An operator must make room before files can be added."
                : "The evidence store cannot be written just now; nothing was stored. Try again in a moment.",
                full, e);
    }

    /** Stops the spool's helper threads (Spring calls this when the application context closes). */
    public void close() {
        flusher.shutdownNow();
        writers.shutdownNow();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The submitter's file name as metadata: a plain name, no path, no control characters. It is never
     * used to build a path, but a name like "../../etc/passwd" says someone is probing, so it is refused.
     */
    static String safeFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidField("file", "needs a file name");
        }
        String name = fileName.strip();
        if (name.length() > 255) {
            throw new InvalidField("file", "name is longer than 255 characters");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.contains("..")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidField("file", "name '" + name.replaceAll("\\p{Cntrl}", "?")
                    + "' is not a plain file name (no paths, no '..', no control characters)");
        }
        return name;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has SHA-256", e);
        }
    }
}
