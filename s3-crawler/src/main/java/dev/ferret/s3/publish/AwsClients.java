package dev.ferret.s3.publish;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsAsyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.eventbridge.EventBridgeAsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the EventBridge and SQS clients that publishing and {@code watch} use (S3 clients come from
 * {@link dev.ferret.s3.S3ClientSettings}). A service's endpoint is its flag, else the SDK's standard
 * {@code AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL}, else AWS; so the same command works against AWS,
 * LocalStack, ElasticMQ or a test recorder.
 *
 * @param endpoints   endpoint flags by service ({@link #SQS}, {@link #EVENTBRIDGE}); absent ones are not set
 * @param region      {@code --region}, or {@code null} for the SDK's chain (and us-east-1 when that finds none)
 * @param profile     {@code --profile}, or {@code null}
 * @param credentials explicit credentials, or {@code null} for the profile or the SDK's default chain
 * @param env         the environment variables
 */
public record AwsClients(Map<String, URI> endpoints, String region, String profile,
                         AwsCredentialsProvider credentials, Map<String, String> env) {

    public static final String SQS = "SQS";
    public static final String EVENTBRIDGE = "EVENTBRIDGE";

    public AwsClients {
        endpoints = Map.copyOf(endpoints);
        env = Map.copyOf(env);
    }

    public EventBridgeAsyncClient eventBridge() {
        // Our publisher retries with its own bounded backoff and retries only the failed entries; SDK retries on top
        // would multiply the attempts.
        return configure(EventBridgeAsyncClient.builder(), EVENTBRIDGE)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    public SqsAsyncClient sqs() {
        // long polls wait up to 20 s, so the read timeout must be longer
        return configure(SqsAsyncClient.builder(), SQS)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().readTimeout(Duration.ofSeconds(30)))
                .build();
    }

    /** The endpoint a service's client uses, or {@code null} for AWS's own. */
    URI endpointFor(String service) {
        if (endpoints.get(service) != null) {
            return endpoints.get(service);
        }
        String specific = env.get("AWS_ENDPOINT_URL_" + service);
        String general = env.get("AWS_ENDPOINT_URL");
        String chosen = specific != null && !specific.isBlank() ? specific : general;
        return chosen == null || chosen.isBlank() ? null : URI.create(chosen.trim());
    }

    private <B extends AwsClientBuilder<B, ?> & AwsAsyncClientBuilder<B, ?>> B configure(B builder, String service) {
        URI uri = endpointFor(service);
        if (uri != null) {
            builder.endpointOverride(uri);
        }
        builder.region(resolveRegion());
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        } else if (profile != null) {
            builder.credentialsProvider(ProfileCredentialsProvider.create(profile));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder;
    }

    private Region resolveRegion() {
        if (region != null) {
            return Region.of(region);
        }
        try {
            return DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion();
        } catch (SdkClientException e) {
            return Region.US_EAST_1;
        }
    }
}
