package dev.ferret.s3.act;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferret.core.finding.MacieJson;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Type;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a bucket's ACL and bucket policy let in: everyone (public) or another account (shared externally). The
 * policy rules are deliberately simple, as Macie's are: an {@code Allow} statement whose principal is {@code *} and
 * that has no condition is public; an {@code Allow} statement naming an AWS account other than the owner's shares the
 * bucket externally. Conditions that narrow a wildcard principal are not evaluated, so such a statement is not public.
 */
final class BucketAccess {

    static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
    static final String AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
    private static final Pattern ACCOUNT = Pattern.compile("^(?:arn:[^:]+:iam::)?([0-9]{12})(?::.*)?$");

    private BucketAccess() {
    }

    /** Whether the ACL grants anything to all users or to all authenticated AWS users. */
    static boolean aclIsPublic(GetBucketAclResponse acl) {
        return acl.grants().stream().map(Grant::grantee).anyMatch(g -> g != null && g.type() == Type.GROUP
                && (ALL_USERS.equals(g.uri()) || AUTHENTICATED_USERS.equals(g.uri())));
    }

    /** Whether the ACL grants anything to a canonical user other than the owner, or to someone by e-mail address. */
    static boolean aclIsSharedExternally(GetBucketAclResponse acl) {
        String owner = acl.owner() == null ? null : acl.owner().id();
        return acl.grants().stream().map(Grant::grantee).anyMatch(g -> g != null
                && (g.type() == Type.AMAZON_CUSTOMER_BY_EMAIL || g.type() == Type.CANONICAL_USER && !g.id().equals(owner)));
    }

    /** Whether an {@code Allow} statement without a condition lets in any principal. */
    static boolean policyIsPublic(String policy) throws IOException {
        for (JsonNode statement : allowStatements(policy)) {
            if (!statement.has("Condition") && principals(statement).contains("*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code Allow} statement names an AWS account (or a canonical user) other than {@code ownAccount}. */
    static boolean policyIsSharedExternally(String policy, String ownAccount) throws IOException {
        for (JsonNode statement : allowStatements(policy)) {
            JsonNode principal = statement.path("Principal");
            if (principal.has("CanonicalUser")) {
                return true;
            }
            for (String p : principals(statement)) {
                Matcher account = ACCOUNT.matcher(p);
                if (account.matches() && !account.group(1).equals(ownAccount)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<JsonNode> allowStatements(String policy) throws IOException {
        JsonNode statements = MacieJson.MAPPER.readTree(policy).path("Statement");
        List<JsonNode> allow = new ArrayList<>();
        for (JsonNode s : statements.isArray() ? statements : List.of(statements)) {
            if ("Allow".equals(s.path("Effect").asText())) {
                allow.add(s);
            }
        }
        return allow;
    }

    /** The statement's AWS principals: {@code "*"} for {@code "Principal": "*"} or {@code {"AWS": "*"}}. */
    private static List<String> principals(JsonNode statement) {
        JsonNode principal = statement.path("Principal");
        if (principal.isTextual()) {
            return List.of(principal.asText());
        }
        JsonNode aws = principal.path("AWS");
        List<String> values = new ArrayList<>();
        if (aws.isTextual()) {
            values.add(aws.asText());
        } else {
            aws.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
