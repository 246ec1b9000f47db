package dev.ferret.s3.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;

/**
 * Where sensitive data discovery results go, like Macie's results repository: JSON Lines, one record per document
 * (the object, then each file inside it), found anything or not, errors included.
 */
public interface ResultsSink extends AutoCloseable {

    /** Adds one object's records. */
    void write(List<ObjectNode> records) throws IOException;

    /** Makes everything written so far durable (on disk, or in S3) before a caller acknowledges the work. */
    void flush() throws IOException;

    /** The location written into findings' {@code detailedResultsLocation}. */
    String location();

    @Override
    void close() throws IOException;
}
