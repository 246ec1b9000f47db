package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingEventsTest {

    private static TestFindings findings;

    @BeforeAll
    static void scanner() {
        findings = new TestFindings();
    }

    @AfterAll
    static void close() {
        findings.close();
    }

    /** A finding too big for one entry loses located occurrences, not counts, and says so; it is never dropped. */
    @RepeatedTest(6)
    void tooLargeFindingsAreTrimmedTheWayMacieTrimsOccurrences() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        ObjectNode finding = findings.emails("big.txt", 40, random).finding();
        int full = EntrySize.of(new FindingEvents(null, "ferret").finding(finding));
        int bare = EntrySize.of(new FindingEvents(null, "ferret").finding(OccurrenceTrim.keepAtMost(finding, 0)));
        // any limit from just below the full size down to the size without occurrences
        int limit = full - 1 - random.nextInt(full - bare);
        FindingEvents events = new FindingEvents(null, "ferret", limit);

        PutEventsRequestEntry entry = events.finding(finding);

        JsonNode detail = new ObjectMapper().readTree(entry.detail());
        String why = "seed " + seed + ", limit " + limit;
        assertTrue(EntrySize.of(entry) <= limit, why);
        assertEquals(finding.path("id"), detail.path("id"), why);
        assertTrue(detail.at("/classificationDetails/result/additionalOccurrences").asBoolean(), why);
        assertEquals(40, detail.at("/classificationDetails/result/sensitiveData/0/detections/0/count").asInt(), why);
        JsonNode ranges = detail.at("/classificationDetails/result/sensitiveData/0/detections/0/occurrences/lineRanges");
        assertTrue(ranges.isNull() || ranges.size() < 15, why);
    }
}
