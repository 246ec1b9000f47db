package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.s3.testing.S3ProxyExtension;
import dev.ferret.s3.testing.S3ProxyServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Results under an S3 prefix, against S3Proxy: Macie's layout, one gzip JSON Lines object per flush. */
@ExtendWith(S3ProxyExtension.class)
class S3ResultsTest {

    private static final String JOB = "0123456789abcdef0123456789abcdef";

    @Test
    void eachFlushUploadsOneGzipJsonLinesObjectUnderMaciesLayout(S3ProxyServer proxy) throws Exception {
        try (S3AsyncClient s3 = proxy.client()) {
            String bucket = proxy.newBucket(s3);
            S3Results sink = new S3Results(s3, URI.create("s3://" + bucket + "/macie/"), "123456789012", "eu-west-1", JOB);
            String prefix = "macie/AWSLogs/123456789012/Macie/eu-west-1/" + JOB + "/123456789012/";
            assertEquals("s3://" + bucket + "/" + prefix, sink.location());

            sink.write(List.of(record(1), record(2)));
            sink.flush();
            sink.flush(); // nothing new: no empty object
            sink.write(List.of(record(3)));
            sink.close();

            List<S3Object> objects = s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix)).get().contents();
            assertEquals(2, objects.size());
            List<List<Integer>> contents = new ArrayList<>();
            for (S3Object object : objects) {
                assertTrue(object.key().endsWith(".jsonl.gz"), object.key());
                byte[] bytes = s3.getObject(r -> r.bucket(bucket).key(object.key()), AsyncResponseTransformer.toBytes())
                        .get().asByteArray();
                List<Integer> ids = new ArrayList<>();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(new ByteArrayInputStream(bytes)), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        JsonNode node = new ObjectMapper().readTree(line);
                        ids.add(node.path("n").asInt());
                    }
                }
                contents.add(ids);
            }
            assertEquals(List.of(List.of(1, 2), List.of(3)), contents);
        }
    }

    private static ObjectNode record(int n) {
        return JsonNodeFactory.instance.objectNode().put("n", n);
    }
}
