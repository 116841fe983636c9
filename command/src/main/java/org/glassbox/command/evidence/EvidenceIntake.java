package org.glassbox.command.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

import org.apache.tika.Tika;
import org.glassbox.analysis.format.MarketDataReader;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.shared.InvalidField;

/**
 * Takes an upload into the blob store: streams it to a spool file while computing its SHA-256 and size
 * (memory stays flat whatever the size), refuses it past the size limit, sniffs its media type from
 * the bytes (Apache Tika: the bytes decide; the file name may only refine a generic text type, e.g.
 * text/plain to text/csv, never make a PDF of an executable), checks that type against the allowed
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
    }

    /** Takes in the bytes of an item that is not market data (kept as they are, never read). */
    public StoredBlob receive(InputStream upload, String fileName) throws IOException {
        return receive(upload, fileName, EvidenceKind.OTHER).blob();
    }

    /** Takes in the bytes of an item of this kind; market data is read strictly before it is stored. */
    public Received receive(InputStream upload, String fileName, EvidenceKind kind) throws IOException {
        String name = safeFileName(fileName);
        Path file = Files.createTempFile(spool, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (InputStream in = new DigestInputStream(upload, sha256); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) != -1;) {
                    size += n;
                    if (size > maxBytes) {
                        throw new InvalidField("file", "is larger than the limit of " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
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
            Sha256 digest = Sha256.of(sha256.digest());
            return new Received(new StoredBlob(digest, size, mediaType, name, put(digest, size, file)), profile);
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
            // ENOSPC: the JDK's message (a FileSystemException's includes its reason) says so, no type does.
            boolean full = String.valueOf(e.getMessage()).contains("No space left");
            throw new EvidenceStoreUnavailable(full
                    ? "The evidence store is full; nothing was stored. An operator must make room before files can be added."
                    : "The evidence store cannot be written just now; nothing was stored. Try again in a moment.",
                    full, e);
        }
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
