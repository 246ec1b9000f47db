package dev.ferret.s3.publish;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AwsClientsTest {

    private static AwsClients clients(Map<String, URI> flags, Map<String, String> env) {
        return new AwsClients(flags, "us-east-1", null, null, env);
    }

    @Test
    void theFlagWinsThenTheServiceVariableThenTheGeneralOne() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:9324", "AWS_ENDPOINT_URL", "http://127.0.0.1:4566");
        AwsClients clients = clients(Map.of(AwsClients.EVENTBRIDGE, URI.create("http://127.0.0.1:1")), env);
        assertEquals(URI.create("http://127.0.0.1:1"), clients.endpointFor(AwsClients.EVENTBRIDGE));
        assertEquals(URI.create("http://127.0.0.1:9324"), clients.endpointFor(AwsClients.SQS));
        assertEquals(URI.create("http://127.0.0.1:4566"), clients.endpointFor("STS"), "any other service: the general one");
    }

    @Test
    void withNothingSetTheSdkPicksAwsItself() {
        assertNull(clients(Map.of(), Map.of("AWS_ENDPOINT_URL_SQS", " ")).endpointFor(AwsClients.SQS));
    }
}
