package org.glassbox.command.evidence;

import java.time.Clock;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 adapter against a real S3 API (S3Proxy, started on this machine for each test). */
class S3BlobStoreTest extends BlobStoreContract {
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.builder().withCredentials("glassbox", "secret").build();

    S3Client client;
    S3BlobStore store;

    @BeforeEach
    void connect() {
        client = S3Client.builder()
                .endpointOverride(S3.getUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3.getAccessKey(), S3.getSecretKey())))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        client.createBucket(b -> b.bucket("evidence"));
        store = new S3BlobStore(client, "evidence", 0, Clock.systemUTC());
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Override
    BlobStore store() {
        return store;
    }
}
