package org.glassbox.ui.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import org.glassbox.command.evidence.BlobStore;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.command.evidence.LocalBlobStore;
import org.glassbox.command.evidence.S3BlobStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where evidence bytes go: a local directory (default) or an S3-compatible bucket
 * ({@code glassbox.evidence.store=s3}), and the limits uploads must meet.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStorageConfiguration {

    @Bean
    BlobStore blobStore(@Value("${glassbox.evidence.store:local}") String kind,
            @Value("${glassbox.evidence.local-dir:${user.home}/.glassbox/evidence}") Path localDir,
            @Value("${glassbox.evidence.s3.endpoint:}") String endpoint,
            @Value("${glassbox.evidence.s3.region:us-east-1}") String region,
            @Value("${glassbox.evidence.s3.bucket:glassbox-evidence}") String bucket,
            @Value("${glassbox.evidence.s3.access-key:}") String accessKey,
            @Value("${glassbox.evidence.s3.secret-key:}") String secretKey,
            @Value("${glassbox.evidence.s3.object-lock-days:0}") int objectLockDays,
            @Value("${glassbox.evidence.reserve:512MB}") DataSize reserve,
            Clock clock) throws IOException {
        return switch (kind) {
            case "local" -> new LocalBlobStore(localDir, reserve.toBytes(), clock);
            case "s3" -> {
                var builder = S3Client.builder().region(Region.of(region)).forcePathStyle(true)
                        .httpClient(UrlConnectionHttpClient.create())
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(accessKey, secretKey)));
                if (!endpoint.isBlank()) {
                    builder.endpointOverride(URI.create(endpoint));
                }
                yield new S3BlobStore(builder.build(), bucket, objectLockDays, clock);
            }
            default -> throw new IllegalStateException(
                    "glassbox.evidence.store must be 'local' or 's3', not '" + kind + "'");
        };
    }

    @Bean
    EvidenceIntake evidenceIntake(BlobStore store,
            @Value("${glassbox.evidence.spool-dir}") Path spool,
            @Value("${glassbox.evidence.max-size:2GB}") DataSize maxSize,
            @Value("${glassbox.evidence.allowed-media-types}") Set<String> allowed,
            org.glassbox.analysis.format.MarketDataReader marketData) throws IOException {
        return new EvidenceIntake(store, spool, maxSize.toBytes(), allowed, marketData);
    }

    /** Replaces Boot's container-spooling resolver: API uploads go straight into the intake's spool. */
    @Bean(name = org.springframework.web.servlet.DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    org.springframework.web.multipart.MultipartResolver multipartResolver(EvidenceIntake intake,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequest) {
        return new StreamingMultipartResolver(intake, maxRequest.toBytes());
    }
}
