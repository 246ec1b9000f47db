package dev.ferret.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ferret scan} with custom identifiers, a managed selection and allow lists. */
class ScanCustomIdentifiersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SSN = "536-90-4399";

    @TempDir
    Path dir;
    Path data;
    Path ids;

    @BeforeEach
    void files() throws IOException {
        data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("hr.txt"), "employee EMP-123456\nssn " + SSN + "\n");
        ids = Files.writeString(dir.resolve("ids.json"),
                "{\"name\": \"EmployeeIDs\", \"regex\": \"EMP-[0-9]{6}\", \"keywords\": [\"employee\"]}");
    }

    private JsonNode finding(Cli.Run run) throws IOException {
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        return JSON.readTree(run.out());
    }

    @Test
    void customAndManagedTogetherMakeAMultipleFinding() throws IOException {
        JsonNode f = finding(Cli.run("scan", "--custom-identifiers", ids.toString(), data.toString()));
        assertEquals("SensitiveData:S3Object/Multiple", f.get("type").asText());
        JsonNode custom = f.get("classificationDetails").get("result").get("customDataIdentifiers");
        assertEquals("EmployeeIDs", custom.get("detections").get(0).get("name").asText());
        assertEquals(1, custom.get("totalCount").asInt());
    }

    @Test
    void managedNoneLeavesOnlyTheCustomIdentifier() throws IOException {
        JsonNode f = finding(Cli.run("scan", "--managed-identifiers", "NONE", "--custom-identifiers", ids.toString(),
                data.toString()));
        assertEquals("SensitiveData:S3Object/CustomIdentifier", f.get("type").asText());
        assertEquals(0, f.get("classificationDetails").get("result").get("sensitiveData").size());
    }

    @Test
    void excludeAndIncludeSelectManagedIdentifiers() throws IOException {
        Cli.Run excluded = Cli.run("scan", "--managed-identifiers", "EXCLUDE:USA_SOCIAL_SECURITY_NUMBER", data.toString());
        assertEquals(0, excluded.exit(), excluded.out() + excluded.err());
        JsonNode f = finding(Cli.run("scan", "--managed-identifiers", "INCLUDE:USA_SOCIAL_SECURITY_NUMBER", data.toString()));
        assertEquals("SensitiveData:S3Object/Personal", f.get("type").asText());
    }

    @Test
    void allowListsDropMatchesOfManagedAndCustomIdentifiers() throws IOException {
        Path words = Files.writeString(dir.resolve("allow.txt"), SSN + "\n");
        Path regex = Files.writeString(dir.resolve("allow-regex.txt"), "EMP-1[0-9]{5}\n");
        Cli.Run run = Cli.run("scan", "--custom-identifiers", ids.toString(), "--allow-list", words.toString(),
                "--allow-list-regex", regex.toString(), data.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
    }

    @Test
    void badSelectionsAndFilesAreOneLineErrors() throws IOException {
        Cli.Run none = Cli.run("scan", "--managed-identifiers", "NONE", data.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("needs at least one custom identifier"), none.err());
        Cli.Run unknown = Cli.run("scan", "--managed-identifiers", "INCLUDE:USA_SOCIAL_SECURITY_NUMBR", data.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("closest: USA_SOCIAL_SECURITY_NUMBER"), unknown.err());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\", \"regex\": \"(?<=a)b\"}");
        Cli.Run lookbehind = Cli.run("scan", "--custom-identifiers", bad.toString(), data.toString());
        assertEquals(2, lookbehind.exit());
        assertTrue(lookbehind.err().contains("lookbehind"), lookbehind.err());
        Path longEntry = Files.writeString(dir.resolve("long.txt"), "x".repeat(91) + "\n");
        Cli.Run allow = Cli.run("scan", "--allow-list", longEntry.toString(), data.toString());
        assertEquals(2, allow.exit());
        assertTrue(allow.err().contains("line 1") && allow.err().contains("90"), allow.err());
        assertFalse(allow.err().contains("x".repeat(91)), "entries are never quoted");
    }
}
