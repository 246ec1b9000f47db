package dev.ferret.s3.watch;

import java.io.IOException;
import java.util.List;

/** What the watcher does with the new objects of one message; it deletes the message only if this returns. */
public interface UploadHandler {

    /** Scans and publishes the objects; throws when the message should be tried again. */
    void process(List<S3Notification.CreatedObject> objects) throws IOException;
}
