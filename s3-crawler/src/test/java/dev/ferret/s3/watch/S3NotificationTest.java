package dev.ferret.s3.watch;

import dev.ferret.s3.watch.S3Notification.CreatedObject;
import dev.ferret.s3.watch.S3Notification.Ignored;
import dev.ferret.s3.watch.S3Notification.ObjectsCreated;
import dev.ferret.s3.watch.S3Notification.Unreadable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class S3NotificationTest {

    static String s3Event(String eventName, String bucket, String encodedKey, long size, String eTag) {
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                "eventTime":"2026-01-02T03:04:05.678Z","eventName":"%s",
                "s3":{"s3SchemaVersion":"1.0","bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},
                "object":{"key":"%s","size":%d,"eTag":"%s","sequencer":"0055AED6DCD90281E5"}}}]}
                """.formatted(eventName, bucket, bucket, encodedKey, size, eTag);
    }

    static String eventBridgeEvent(String bucket, String key, long size, String eTag) {
        return """
                {"version":"0","id":"17793124-05d4-b198-2fde-7ededc63b103","detail-type":"Object Created",
                "source":"aws.s3","account":"123456789012","time":"2026-01-02T03:04:05Z","region":"us-east-1",
                "resources":["arn:aws:s3:::%s"],"detail":{"version":"0","bucket":{"name":"%s"},
                "object":{"key":"%s","size":%d,"etag":"%s","sequencer":"00617F08299329D189"},
                "request-id":"N4N7GDK58NMKJ12R","requester":"123456789012","reason":"PutObject"}}
                """.formatted(bucket, bucket, key, size, eTag);
    }

    @Test
    void s3ToSqsKeysAreUrlDecodedWithPlusForSpace() {
        ObjectsCreated created = assertInstanceOf(ObjectsCreated.class,
                S3Notification.parse(s3Event("ObjectCreated:Put", "b", "dir/red+flower%2B1%3A2.txt", 12, "abc")));
        assertEquals(List.of(new CreatedObject("b", "dir/red flower+1:2.txt", 12, "abc", "",
                Instant.parse("2026-01-02T03:04:05.678Z"))), created.objects());
    }

    @Test
    void eventBridgeObjectCreatedIsRead() {
        ObjectsCreated created = assertInstanceOf(ObjectsCreated.class,
                S3Notification.parse(eventBridgeEvent("b", "dir/a b.txt", 7, "e1")));
        assertEquals(new CreatedObject("b", "dir/a b.txt", 7, "e1", "", Instant.parse("2026-01-02T03:04:05Z")),
                created.objects().getFirst());
    }

    @Test
    void snsWrappedNotificationsAreUnwrapped() {
        String inner = s3Event("ObjectCreated:CompleteMultipartUpload", "b", "k", 1, "e");
        String body = "{\"Type\":\"Notification\",\"Message\":" + new com.fasterxml.jackson.databind.node.TextNode(inner) + "}";
        assertEquals("k", assertInstanceOf(ObjectsCreated.class, S3Notification.parse(body)).objects().getFirst().key());
    }

    @Test
    void testEventsAndDeletionsAreIgnored() {
        assertInstanceOf(Ignored.class, S3Notification.parse(
                "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2026-01-02T03:04:05Z\",\"Bucket\":\"b\"}"));
        assertInstanceOf(Ignored.class, S3Notification.parse(s3Event("ObjectRemoved:Delete", "b", "k", 0, "")));
    }

    @Test
    void otherBodiesAreUnreadable() {
        assertInstanceOf(Unreadable.class, S3Notification.parse("not json"));
        assertInstanceOf(Unreadable.class, S3Notification.parse("[1,2]"));
        assertInstanceOf(Unreadable.class, S3Notification.parse("{\"hello\":\"world\"}"));
        assertInstanceOf(Unreadable.class, S3Notification.parse(s3Event("ObjectCreated:Put", "", "k", 0, "")));
    }
}
