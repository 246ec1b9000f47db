package dev.ferret.s3;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;

import java.net.URI;
import java.util.Map;

/**
 * How to reach S3, with the AWS CLI's meanings: a named profile, a region, an endpoint URL for S3-compatible stores,
 * path-style addressing. What is not given comes from the SDK's standard settings ({@code AWS_PROFILE},
 * {@code AWS_REGION}, {@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL}, the config file), which SDK 2.51 reads
 * itself; this class reads the endpoint variables only to decide on path-style addressing.
 *
 * @param profile        a profile of the shared config and credentials files, or null for the default chain
 * @param region         the client's region, or null for the SDK's (environment, profile), else us-east-1
 * @param endpoint       an endpoint URL, or null for the SDK's (AWS, or the endpoint variables)
 * @param pathStyle      whether to address buckets by path ({@code host/bucket/key}) rather than by host name
 * @param maxConnections the most HTTP connections open at once, which bounds the requests in flight
 * @param maxAttempts    tries per request by the SDK, with backoff and jitter on throttling, 5xx and I/O errors
 */
public record S3ClientSettings(String profile, String region, URI endpoint, boolean pathStyle, int maxConnections,
                               int maxAttempts) {

    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    public S3ClientSettings {
        if (maxConnections < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxConnections and maxAttempts must be positive");
        }
    }

    /** The endpoint requests go to when not AWS's: the URL given, else the one the SDK reads from the environment. */
    public URI effectiveEndpoint(Map<String, String> env) {
        if (endpoint != null) {
            return endpoint;
        }
        for (String name : new String[] {"AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return URI.create(value.trim());
            }
        }
        return null;
    }

    /**
     * Path-style addressing when asked, or when the endpoint cannot take the bucket as a host-name label: an IP
     * address or {@code localhost} (S3Proxy, MinIO and Ceph on one machine).
     */
    public boolean usesPathStyle(Map<String, String> env) {
        URI uri = effectiveEndpoint(env);
        return pathStyle || (uri != null && uri.getHost() != null && isLocalOrAddress(uri.getHost()));
    }

    static boolean isLocalOrAddress(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** The client's region: the one given, else the SDK's from the environment or the profile, else us-east-1. */
    public Region resolveRegion() {
        if (region != null) {
            return Region.of(region);
        }
        try {
            // not the default chain: it ends with the EC2 metadata service, which off EC2 costs a timeout per run
            return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider(null, profile))
                    .getRegion();
        } catch (SdkClientException e) {
            return Region.US_EAST_1;
        }
    }

    /** A client built from these settings; the caller closes it. */
    public S3AsyncClient build(Map<String, String> env) {
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().profileName(profile).build();
        S3AsyncClientBuilder builder = S3AsyncClient.builder()
                .credentialsProvider(credentials)
                .region(resolveRegion())
                .forcePathStyle(usesPathStyle(env))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(maxConnections))
                .overrideConfiguration(o -> {
                    o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(maxAttempts)
                            // keep retrying under sustained throttling instead of failing fast when the quota runs out
                            .circuitBreakerEnabled(false)
                            .build());
                    if (profile != null) {
                        o.defaultProfileName(profile);
                    }
                });
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (effectiveEndpoint(env) != null) {
            // S3-compatible stores (older MinIO, Ceph, S3Proxy) reject the flexible checksums SDK 2.30+ sends by default
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        } else {
            // a bucket in another region than the client's is still listed and read
            builder.crossRegionAccessEnabled(true);
        }
        return builder.build();
    }
}
