package dev.ferret.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferret.core.result.ObjectScanResult;

import java.io.IOException;
import java.util.Optional;

/** Writes what a scan found, one object at a time, in scan order. */
interface FindingsReport {

    /** One scanned object and its finding, if anything was found. */
    void add(ObjectScanResult result, Optional<ObjectNode> finding) throws IOException;

    /** A bucket's policy finding ({@code --posture-checks}), written before the bucket's objects. */
    void addPolicy(ObjectNode finding) throws IOException;

    /** After the last object: closing brackets, totals. Does not close the writer. */
    void finish() throws IOException;
}
