package dev.ferret.core.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.location.CellLocation;
import dev.ferret.core.location.LineRange;
import dev.ferret.core.location.PageLocation;
import dev.ferret.core.location.RecordLocation;
import dev.ferret.core.result.DetectionSummary;
import dev.ferret.core.result.DocumentResult;
import dev.ferret.core.result.ObjectScanResult;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import dev.ferret.core.source.LocalFileRef;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.identifiers.Category;
import dev.ferret.identifiers.IdentifierDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import static dev.ferret.core.finding.Fixtures.detections;
import static dev.ferret.core.finding.Fixtures.identifier;
import static dev.ferret.core.finding.Fixtures.renderer;
import static dev.ferret.core.finding.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MacieRecordRendererTest {

    private static final IdentifierDefinition SSN = identifier("USA_SOCIAL_SECURITY_NUMBER", Category.PERSONAL_INFORMATION, "HHH");
    private static final IdentifierDefinition DOB = identifier("DATE_OF_BIRTH", Category.PERSONAL_INFORMATION, "LMH");
    private static final IdentifierDefinition CARD = identifier("CREDIT_CARD_NUMBER", Category.FINANCIAL_INFORMATION, "HHH");
    private static final IdentifierDefinition CVV = identifier("CREDIT_CARD_SECURITY_CODE", Category.FINANCIAL_INFORMATION, "MHH");
    private static final IdentifierDefinition AWS = identifier("AWS_CREDENTIALS", Category.CREDENTIALS, "HHH");
    private static final IdentifierDefinition CUSTOM = identifier("EMPLOYEE_ID", Category.CUSTOM_IDENTIFIER, "MMM");

    @Test
    void findingHasMaciesFieldsWithMaciesJsonTypes() throws IOException {
        ObjectNode finding = renderer(SSN, DOB).finding(result("exports/people.txt", detections(SSN, 2, 2))).orElseThrow();
        JsonNode shape;
        try (InputStream in = getClass().getResourceAsStream("finding-shape.json")) {
            shape = MacieJson.MAPPER.readTree(in);
        }
        assertEquals(List.of(), JsonShape.differences(shape, finding));
    }

    @Test
    void memberResultHasTheFindingSchemaPlusEmbeddedFileDetailsAndStatusDetail() throws IOException {
        DocumentInfo top = DocumentInfo.object("bundle.zip", 100, null);
        DocumentInfo member = top.child("dir/a.csv", 50, Instant.parse("2024-05-06T07:08:09Z"));
        ObjectScanResult scan = new ObjectScanResult(Fixtures.file("bundle.zip"), "etag", List.of(
                new DocumentResult(top, "application/zip", 100, ScanStatus.COMPLETE, List.of()),
                new DocumentResult(member, "text/csv", 50, ScanStatus.COMPLETE,
                        List.of(new DetectionSummary(SSN, 1, List.of(new CellLocation(2, 1, "ssn", null)))))));
        JsonNode shape;
        try (InputStream in = getClass().getResourceAsStream("member-result-shape.json")) {
            shape = MacieJson.MAPPER.readTree(in);
        }
        assertEquals(List.of(), JsonShape.differences(shape, renderer(SSN).results(scan).get(1)));
    }

    @Test
    void findingCarriesJobObjectAndFixedValues() {
        ObjectNode f = renderer(SSN).finding(result("exports/people.TXT", detections(SSN, 2, 2))).orElseThrow();
        assertEquals("CLASSIFICATION", f.get("category").asText());
        assertEquals(1, f.get("count").asInt());
        assertEquals("1.0", f.get("schemaVersion").asText());
        assertEquals("2026-01-02T03:04:05.678Z", f.get("createdAt").asText());
        assertEquals(f.get("createdAt"), f.get("updatedAt"));
        JsonNode details = f.get("classificationDetails");
        assertEquals("SENSITIVE_DATA_DISCOVERY_JOB", details.get("originType").asText());
        assertEquals(Fixtures.JOB_ID, details.get("jobId").asText());
        assertEquals("arn:aws:macie2:us-east-1:000000000000:classification-job/" + Fixtures.JOB_ID, details.get("jobArn").asText());
        JsonNode object = f.get("resourcesAffected").get("s3Object");
        assertEquals("exports/people.TXT", object.get("key").asText());
        assertEquals("bucket/exports/people.TXT", object.get("path").asText());
        assertEquals("txt", object.get("extension").asText());
        assertEquals("", object.get("versionId").asText());
        assertEquals("2025-12-31T23:59:59.000Z", object.get("lastModified").asText());
        assertEquals("arn:aws:s3:::bucket", object.get("bucketArn").asText());
        assertEquals("NONE", object.get("serverSideEncryption").get("encryptionType").asText());
        JsonNode range = details.get("result").get("sensitiveData").get(0).get("detections").get(0)
                .get("occurrences").get("lineRanges").get(1);
        assertEquals(2, range.get("start").asInt());
        assertEquals(1, range.get("startColumn").asInt());
    }

    @Test
    void nothingFoundMeansNoFinding() {
        assertTrue(renderer(SSN).finding(result("clean.txt")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "PERSONAL_INFORMATION, , SensitiveData:S3Object/Personal, The S3 object contains personal information.",
            "FINANCIAL_INFORMATION, , SensitiveData:S3Object/Financial, The S3 object contains financial information.",
            "CREDENTIALS, , SensitiveData:S3Object/Credentials, The S3 object contains credentials data.",
            "CUSTOM_IDENTIFIER, , SensitiveData:S3Object/CustomIdentifier, The S3 object contains text that matches custom data identifier criteria",
            "PERSONAL_INFORMATION, FINANCIAL_INFORMATION, SensitiveData:S3Object/Multiple, The S3 object contains multiple categories of sensitive data",
            "CREDENTIALS, CUSTOM_IDENTIFIER, SensitiveData:S3Object/Multiple, The S3 object contains multiple categories of sensitive data",
    })
    void typeFollowsTheCategoriesFound(Category first, Category second, String type, String title) {
        IdentifierDefinition a = identifier("A", first, "HHH");
        IdentifierDefinition b = identifier("B", second == null ? first : second, "HHH");
        ObjectNode f = renderer(a, b).finding(result("f.txt", detections(a, 1, 1), detections(b, 1, 1))).orElseThrow();
        assertEquals(type, f.get("type").asText());
        assertEquals(title, f.get("title").asText());
    }

    @ParameterizedTest
    @CsvSource({
            "LMH, 1, Low, 1", "LMH, 2, Medium, 2", "LMH, 99, Medium, 2", "LMH, 100, High, 3",
            "LLM, 99, Low, 1", "LLM, 100, Medium, 2", "MHH, 1, Medium, 2", "MHH, 2, High, 3",
    })
    void severityFollowsTheCountBuckets(String letters, long count, String description, int score) {
        IdentifierDefinition id = identifier("X", Category.PERSONAL_INFORMATION, letters);
        JsonNode severity = renderer(id).finding(result("f.txt", detections(id, count, 1))).orElseThrow().get("severity");
        assertEquals(description, severity.get("description").asText());
        assertEquals(score, severity.get("score").asInt());
    }

    @Test
    void severityIsTheHighestOverTypes() {
        // DOB once is Low, CVV once is Medium: the finding is Medium
        ObjectNode f = renderer(DOB, CVV).finding(result("f.txt", detections(DOB, 1, 1), detections(CVV, 1, 1))).orElseThrow();
        assertEquals("Medium", f.get("severity").get("description").asText());
    }

    @Test
    void countsAddUpPerCategoryAndCustomIdentifiersAreSeparate() {
        ObjectNode f = renderer(SSN, DOB, CARD, CUSTOM).finding(result("f.txt",
                detections(SSN, 3, 3), detections(DOB, 4, 4), detections(CARD, 5, 5), detections(CUSTOM, 2, 2))).orElseThrow();
        JsonNode result = f.get("classificationDetails").get("result");
        JsonNode sensitive = result.get("sensitiveData");
        assertEquals(2, sensitive.size());
        assertEquals("FINANCIAL_INFORMATION", sensitive.get(0).get("category").asText());
        assertEquals(5, sensitive.get(0).get("totalCount").asLong());
        assertEquals("PERSONAL_INFORMATION", sensitive.get(1).get("category").asText());
        assertEquals(7, sensitive.get(1).get("totalCount").asLong());
        assertEquals("USA_SOCIAL_SECURITY_NUMBER", sensitive.get(1).get("detections").get(0).get("type").asText());
        assertEquals("DATE_OF_BIRTH", sensitive.get(1).get("detections").get(1).get("type").asText());
        assertEquals(2, result.get("customDataIdentifiers").get("totalCount").asLong());
        assertEquals("EMPLOYEE_ID", result.get("customDataIdentifiers").get("detections").get(0).get("name").asText());
        assertEquals("SensitiveData:S3Object/Multiple", f.get("type").asText());
    }

    @Test
    void onlyTheArrayThatFitsTheLocationsIsPresent() {
        IdentifierDefinition a = identifier("A", Category.PERSONAL_INFORMATION, "HHH");
        IdentifierDefinition b = identifier("B", Category.PERSONAL_INFORMATION, "HHH");
        IdentifierDefinition c = identifier("C", Category.PERSONAL_INFORMATION, "HHH");
        ObjectNode f = renderer(a, b, c).finding(result("f.txt",
                new DetectionSummary(a, 1, List.of(new CellLocation(2, 3, "SSN", null))),
                new DetectionSummary(b, 1, List.of(new RecordLocation(0, "$.a[1]"))),
                new DetectionSummary(c, 1, List.of(new PageLocation(4))))).orElseThrow();
        JsonNode detections = f.get("classificationDetails").get("result").get("sensitiveData").get(0).get("detections");
        assertPresentOnly(detections.get(0).get("occurrences"), "cells");
        assertPresentOnly(detections.get(1).get("occurrences"), "records");
        assertPresentOnly(detections.get(2).get("occurrences"), "pages");
        JsonNode cell = detections.get(0).get("occurrences").get("cells").get(0);
        assertEquals("SSN", cell.get("columnName").asText());
        assertTrue(cell.get("cellReference").isNull());
        assertEquals("$.a[1]", detections.get(1).get("occurrences").get("records").get(0).get("jsonPath").asText());
        assertEquals(4, detections.get(2).get("occurrences").get("pages").get(0).get("pageNumber").asInt());
    }

    private static void assertPresentOnly(JsonNode occurrences, String kind) {
        for (String k : List.of("cells", "lineRanges", "offsetRanges", "pages", "records")) {
            assertEquals(!k.equals(kind), occurrences.get(k).isNull(), k + " in " + occurrences);
        }
    }

    @Test
    void archiveMembersAddUpIntoOneFindingWithEmbeddedPaths() {
        LocalFileRef ref = Fixtures.file("bundle.zip");
        DocumentInfo top = DocumentInfo.object("bundle.zip", 100, null);
        DocumentInfo inner = top.child("dir/a.csv", 50, Instant.parse("2024-05-06T07:08:09Z"));
        ObjectScanResult scan = new ObjectScanResult(ref, "etag", List.of(
                new DocumentResult(top, "application/zip", 100, ScanStatus.COMPLETE, List.of()),
                new DocumentResult(inner, "text/csv", 50, ScanStatus.COMPLETE,
                        List.of(new DetectionSummary(SSN, 2, List.of(new CellLocation(2, 1, "ssn", null), new CellLocation(3, 1, "ssn", null))))),
                new DocumentResult(top.child("b.txt", 10, null), "text/plain", 10,
                        ScanStatus.skipped(StatusReason.UNABLE_TO_PARSE_FILE, "truncated"), List.of())));
        MacieRecordRenderer renderer = renderer(SSN);
        ObjectNode f = renderer.finding(scan).orElseThrow();
        JsonNode cells = f.get("classificationDetails").get("result").get("sensitiveData").get(0)
                .get("detections").get(0).get("occurrences").get("cells");
        assertEquals("dir/a.csv", cells.get(0).get("embeddedFilePath").asText());
        assertEquals("application/zip", f.get("classificationDetails").get("result").get("mimeType").asText());
        assertFalse(f.get("resourcesAffected").get("s3Object").has("embeddedFileDetails"));

        List<ObjectNode> results = renderer.results(scan);
        assertEquals(3, results.size());
        assertFalse(results.get(0).get("resourcesAffected").get("s3Object").has("embeddedFileDetails"));
        JsonNode embedded = results.get(1).get("resourcesAffected").get("s3Object").get("embeddedFileDetails");
        assertEquals("dir/a.csv", embedded.get("filePath").asText());
        assertEquals("csv", embedded.get("fileExtension").asText());
        assertEquals(50, embedded.get("fileSize").asLong());
        assertEquals("2024-05-06T07:08:09.000Z", embedded.get("fileLastModified").asText());
        JsonNode skipped = results.get(2).get("classificationDetails").get("result").get("status");
        assertEquals("SKIPPED", skipped.get("code").asText());
        assertEquals("UNABLE_TO_PARSE_FILE", skipped.get("reason").asText());
        assertEquals("truncated", skipped.get("detail").asText());
        assertTrue(results.get(2).get("type").isNull(), "a record with nothing found has no finding type");
        assertEquals(3, results.stream().map(r -> r.get("id").asText()).distinct().count());
    }

    @Test
    void resultRecordsKeepUpToAThousandLocationsPerType() {
        ObjectScanResult scan = result("big.txt", detections(SSN, 1500, 1200), detections(DOB, 20, 20));
        JsonNode result = renderer(SSN, DOB).results(scan).get(0).get("classificationDetails").get("result");
        JsonNode types = result.get("sensitiveData").get(0).get("detections");
        assertEquals(1000, types.get(0).get("occurrences").get("lineRanges").size());
        assertEquals(1500, types.get(0).get("count").asLong());
        assertEquals(20, types.get(1).get("occurrences").get("lineRanges").size());
        assertTrue(result.get("additionalOccurrences").asBoolean());
    }

    @Test
    void idsAreStableAndChangeWithJobObjectVersionOrContent() {
        ObjectScanResult scan = result("f.txt", detections(SSN, 1, 1));
        String id = renderer(SSN).finding(scan).orElseThrow().get("id").asText();
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        assertEquals(id, renderer(SSN).finding(result("f.txt", detections(SSN, 7, 3))).orElseThrow().get("id").asText(),
                "the same job, object and content give the same ID");
        assertNotEquals(id, renderer(SSN).finding(result("g.txt", detections(SSN, 1, 1))).orElseThrow().get("id").asText());
        ObjectScanResult otherEtag = new ObjectScanResult(scan.object(), "other", scan.documents());
        assertNotEquals(id, renderer(SSN).finding(otherEtag).orElseThrow().get("id").asText());
        MacieRecordRenderer otherJob = new MacieRecordRenderer(
                FindingContext.defaults("f".repeat(32), Fixtures.JOB_TIME), List.of(SSN));
        assertNotEquals(id, otherJob.finding(scan).orElseThrow().get("id").asText());
        ObjectScanResult versioned = new ObjectScanResult(new VersionedRef(scan.object(), "v2"), scan.eTag(), scan.documents());
        assertNotEquals(id, renderer(SSN).finding(versioned).orElseThrow().get("id").asText());
        assertEquals("v2", renderer(SSN).finding(versioned).orElseThrow()
                .get("resourcesAffected").get("s3Object").get("versionId").asText());
    }

    /** The same object at another version. */
    private record VersionedRef(ObjectRef ref, String versionId) implements ObjectRef {
        public String bucket() { return ref.bucket(); }
        public String key() { return ref.key(); }
        public long size() { return ref.size(); }
        public Instant lastModified() { return ref.lastModified(); }
        public InputStream open() throws IOException { return ref.open(); }
    }
}
