package dev.ferret.s3;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class S3ClientSettingsTest {

    private static S3ClientSettings settings(String region, String endpoint, boolean pathStyle) {
        return new S3ClientSettings("ferret-no-such-profile", region, endpoint == null ? null : URI.create(endpoint),
                pathStyle, 8, 3);
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost:9000, true",
        "http://127.0.0.1:8081, true",
        "http://[::1]:8081, true",
        "https://minio.example.com, false",
        "https://s3.eu-west-1.amazonaws.com, false"})
    void pathStyleIsAutomaticForLocalAndAddressEndpoints(String endpoint, boolean expected) {
        assertEquals(expected, settings(null, endpoint, false).usesPathStyle(Map.of()));
        assertTrue(settings(null, endpoint, true).usesPathStyle(Map.of()), "--path-style always wins");
    }

    @Test
    void endpointComesFromTheOptionThenTheServiceVariableThenTheGeneralOne() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1", "AWS_ENDPOINT_URL", "https://general.example");
        assertEquals(URI.create("https://given.example"), settings(null, "https://given.example", false).effectiveEndpoint(env));
        assertEquals(URI.create("http://127.0.0.1:1"), settings(null, null, false).effectiveEndpoint(env));
        assertTrue(settings(null, null, false).usesPathStyle(env));
        assertEquals(URI.create("https://general.example"),
                settings(null, null, false).effectiveEndpoint(Map.of("AWS_ENDPOINT_URL", "https://general.example")));
        assertFalse(settings(null, null, false).usesPathStyle(Map.of()), "AWS itself: virtual-hosted style");
    }

    @Test
    void regionIsTheGivenOneElseTheEnvironmentsElseUsEast1() {
        assertEquals("eu-west-3", settings("eu-west-3", null, false).resolveRegion().id());
        String fromEnvironment = System.getenv("AWS_REGION");
        assertEquals(fromEnvironment == null ? "us-east-1" : fromEnvironment, settings(null, null, false).resolveRegion().id(),
                "a profile that does not exist gives no region");
    }

    @Test
    void locationsParseAsTheAwsCliWritesThem() {
        assertEquals(new S3Location("b", ""), S3Location.parse("s3://b"));
        assertEquals(new S3Location("b", ""), S3Location.parse("S3://b/"));
        assertEquals(new S3Location("b", "logs/2025/"), S3Location.parse("s3://b/logs/2025/"));
        assertEquals("s3://b/p", S3Location.parse("s3://b/p").toString());
        assertFalse(S3Location.isS3("/tmp/s3://x"));
    }
}
