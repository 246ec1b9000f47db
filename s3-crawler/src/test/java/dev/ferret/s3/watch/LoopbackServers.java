package dev.ferret.s3.watch;

import dev.ferret.core.ScanOptions;
import dev.ferret.core.Scanner;
import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.extract.ContentExtractors;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.s3.publish.AwsClients;
import dev.ferret.s3.testing.S3ProxyServer;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.net.URI;
import java.util.Map;

/** S3Proxy (own process) and ElasticMQ (in-process) on loopback, their clients, and a scanner: what watch needs. */
final class LoopbackServers implements AutoCloseable {

    final S3ProxyServer s3proxy;
    final SQSRestServer elasticmq;
    final S3AsyncClient s3;
    final SqsAsyncClient sqs;
    final Scanner scanner;

    LoopbackServers() throws Exception {
        s3proxy = S3ProxyServer.start();
        elasticmq = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int sqsPort = elasticmq.waitUntilStarted().localAddress().getPort();
        s3 = s3proxy.client();
        sqs = clients(AwsClients.SQS, URI.create("http://127.0.0.1:" + sqsPort)).sqs();
        scanner = new Scanner(IdentifierSet.compile(ManagedCatalogue.get().all(), EngineChoice.AUTO),
                ContentExtractors.standard(ScanOptions.DEFAULTS.limits()), ScanOptions.DEFAULTS);
    }

    static AwsClients clients(String service, URI endpoint) {
        return new AwsClients(Map.of(service, endpoint), "us-east-1", null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")), Map.of());
    }

    @Override
    public void close() {
        scanner.close();
        s3.close();
        sqs.close();
        elasticmq.stopAndWait();
        s3proxy.close();
    }
}
