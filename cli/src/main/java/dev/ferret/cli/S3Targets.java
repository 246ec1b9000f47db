package dev.ferret.cli;

import dev.ferret.core.source.ObjectRef;
import dev.ferret.s3.S3ClientSettings;
import dev.ferret.s3.S3Listing;
import dev.ferret.s3.S3ListingException;
import dev.ferret.s3.S3Location;
import dev.ferret.s3.S3ObjectReader;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;

/**
 * The {@code s3://BUCKET[/PREFIX]} targets of a scan, and the options that say how to reach them (with the AWS CLI's
 * names and meanings). One client serves every S3 target; it is built at the first one and closed with this object.
 */
final class S3Targets implements AutoCloseable {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "AWS profile for s3:// targets (default: AWS_PROFILE, else the default credential chain).")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "S3 endpoint, for S3-compatible stores such as MinIO, Ceph or S3Proxy "
                    + "(default: AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL, else AWS).")
    URI endpointUrl;

    @Option(names = "--path-style",
            description = "Address buckets by path (host/bucket/key); automatic for an IP-address or localhost endpoint.")
    boolean pathStyle;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + S3ClientSettings.DEFAULT_MAX_CONNECTIONS,
            description = "Most HTTP connections to S3 at once (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    private S3ClientSettings settings;
    private Map<String, String> env;
    private S3AsyncClient client;
    private S3ObjectReader reader;

    /** Checks the options; {@code region} is the {@code --region} option or null. */
    void configure(String region, Map<String, String> variables) {
        if (maxConnections < 1) {
            throw new UserError("--max-connections must be at least 1, got " + maxConnections);
        }
        if (endpointUrl != null && (endpointUrl.getScheme() == null || endpointUrl.getHost() == null)) {
            throw new UserError("--endpoint-url needs a scheme and a host, such as http://127.0.0.1:9000; got " + endpointUrl);
        }
        settings = new S3ClientSettings(profile, region, endpointUrl, pathStyle, maxConnections,
                S3ClientSettings.DEFAULT_MAX_ATTEMPTS);
        env = variables;
    }

    /** The region the S3 client uses (given, or from the environment or profile), for the findings. */
    String region() {
        return settings.resolveRegion().id();
    }

    /** The S3 client of every s3:// target, built at the first call. */
    S3AsyncClient client() {
        if (client == null) {
            client = settings.build(env);
            reader = new S3ObjectReader(client, S3ObjectReader.Settings.DEFAULTS);
        }
        return client;
    }

    /** The objects under {@code target}, listed lazily in key order. */
    Iterator<ObjectRef> list(String target) {
        S3Location location;
        try {
            location = S3Location.parse(target);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        S3Listing listing = new S3Listing(client(), reader, location);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return listing.hasNext();
                } catch (S3ListingException e) {
                    throw new UserError(e.getMessage() + " (check the bucket name, the credentials and --endpoint-url)", e);
                }
            }

            @Override
            public ObjectRef next() {
                hasNext();
                return listing.next();
            }
        };
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
