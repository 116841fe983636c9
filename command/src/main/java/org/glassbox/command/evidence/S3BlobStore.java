package org.glassbox.command.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;

import org.glassbox.api.evidence.Sha256;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of an S3-compatible bucket, keyed {@code evidence/<sha256>}. The store sends the
 * digest with each upload so the server rejects corrupted transfers, and, when configured, places the
 * object under an object-lock retention (COMPLIANCE) so that not even the bucket's owner can change it.
 */
public class S3BlobStore implements BlobStore {
    private static final String PREFIX = "s3:";
    private final S3Client s3;
    private final String bucket;
    private final int retentionDays;
    private final Clock clock;

    /** @param retentionDays object-lock retention in days; 0 where the store has no object lock */
    public S3BlobStore(S3Client s3, String bucket, int retentionDays, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    @Override
    public String put(Sha256 digest, long size, Path file) throws IOException {
        String key = key(digest);
        if (existsKey(key)) {
            return PREFIX + key;
        }
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(key).contentLength(size)
                .checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(digest.hex())));
        if (retentionDays > 0) {
            request.objectLockMode(ObjectLockMode.COMPLIANCE)
                    .objectLockRetainUntilDate(clock.instant().plus(retentionDays, ChronoUnit.DAYS));
        }
        try {
            s3.putObject(request.build(), RequestBody.fromFile(file));
        } catch (S3Exception e) {
            throw new IOException("The object store refused " + key + ": " + e.getMessage(), e);
        }
        return PREFIX + key;
    }

    @Override
    public InputStream open(String address) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(keyOf(address)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchBlob(address);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchBlob(address);
            }
            throw new IOException("The object store refused " + address + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String address) throws IOException {
        return existsKey(keyOf(address));
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public java.util.List<StoredObject> contents() throws IOException {
        try {
            java.util.List<StoredObject> found = new java.util.ArrayList<>();
            s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix("evidence/")).contents().forEach(o -> found.add(
                    new StoredObject(o.key().matches("evidence/[0-9a-f]{64}") ? PREFIX + o.key() : null, o.key(),
                            o.size(), o.lastModified())));
            return found;
        } catch (S3Exception e) {
            throw new IOException("The object store refused the listing: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(StoredObject object) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(object.name()));
        } catch (S3Exception e) {
            throw new IOException("The object store refused to remove " + object.name() + ": " + e.getMessage(), e);
        }
    }

    private boolean existsKey(String key) throws IOException {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("The object store refused " + key + ": " + e.getMessage(), e);
        }
    }

    private static String key(Sha256 digest) {
        return "evidence/" + digest.hex();
    }

    private static String keyOf(String address) {
        if (!address.startsWith(PREFIX + "evidence/")) {
            throw new IllegalArgumentException("Not an S3 blob address: " + address);
        }
        return key(Sha256.parse("address", address.substring((PREFIX + "evidence/").length())));
    }
}
