package dev.ferret.s3;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * The objects under a bucket and prefix, in key order (S3 lists in UTF-8 binary order), page by page with
 * ListObjectsV2. At most two pages are held: the one being handed out and the next, requested while the first is
 * scanned. Keys ending in {@code /} with no content are the console's folder markers and are left out.
 */
public final class S3Listing implements Iterator<S3ObjectRef> {

    /** S3's largest page. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final S3AsyncClient client;
    private final S3ObjectReader reader;
    private final S3Location location;
    private final int pageSize;
    private final S3Retry retry;
    private Iterator<S3Object> page = Collections.emptyIterator();
    private CompletableFuture<ListObjectsV2Response> nextPage;
    /** The continuation token of {@code nextPage}'s request, to ask again if it fails. */
    private String nextToken;
    private S3ObjectRef next;

    public S3Listing(S3AsyncClient client, S3ObjectReader reader, S3Location location, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE_SIZE + ", got " + pageSize);
        }
        this.client = client;
        this.reader = reader;
        this.location = location;
        this.pageSize = pageSize;
        this.retry = new S3Retry(reader.settings().maxAttempts());
        this.nextPage = request(null);
    }

    public S3Listing(S3AsyncClient client, S3ObjectReader reader, S3Location location) {
        this(client, reader, location, MAX_PAGE_SIZE);
    }

    private CompletableFuture<ListObjectsV2Response> request(String continuationToken) {
        nextToken = continuationToken;
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(location.bucket()).maxKeys(pageSize).continuationToken(continuationToken);
        if (!location.prefix().isEmpty()) {
            request.prefix(location.prefix());
        }
        return client.listObjectsV2(request.build());
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!page.hasNext()) {
                if (nextPage == null) {
                    return false;
                }
                ListObjectsV2Response response = awaitPage();
                nextPage = Boolean.TRUE.equals(response.isTruncated()) && response.nextContinuationToken() != null
                        ? request(response.nextContinuationToken()) : null;
                page = response.contents().iterator();
                continue;
            }
            S3Object object = page.next();
            if (!(object.key().endsWith("/") && Long.valueOf(0).equals(object.size()))) {
                next = S3ObjectRef.listed(location.bucket(), object, reader);
            }
        }
        return true;
    }

    private ListObjectsV2Response awaitPage() {
        String token = nextToken;
        try {
            return retry.await(nextPage, () -> request(token));
        } catch (InterruptedIOException e) {
            throw new UncheckedIOException(e);
        } catch (S3Retry.Failed e) {
            throw new S3ListingException(explain(e.getCause()), e.getCause());
        }
    }

    private String explain(Throwable cause) {
        String said = S3Errors.describe(cause);
        if (cause instanceof AwsServiceException e && e.statusCode() == 404) {
            return "cannot list " + location + ": no such bucket (" + said + ")";
        }
        if (cause instanceof AwsServiceException e && e.statusCode() == 403) {
            return "cannot list " + location + ": access denied (" + said + "; needs s3:ListBucket)";
        }
        return "cannot list " + location + " (" + said + ")";
    }

    @Override
    public S3ObjectRef next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        S3ObjectRef ref = next;
        next = null;
        return ref;
    }
}
