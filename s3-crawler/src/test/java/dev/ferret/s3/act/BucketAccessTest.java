package dev.ferret.s3.act;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BucketAccessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\"}]}|true|false",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:GetObject\"}]}|true|false",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}|false|false",
            "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\"}]}|false|false",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"444455556666\"}}]}|false|true",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"arn:aws:iam::444455556666:user/x\"]}}]}|false|true",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/r\"}}]}|false|false",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"}}]}|false|false",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"CanonicalUser\":\"79a59df900b949e55d96a1e698fbaced\"}}]}|false|true",
    })
    void readsPublicAndExternalAccessFromPolicies(String policy, boolean isPublic, boolean isShared) throws IOException {
        assertEquals(isPublic, BucketAccess.policyIsPublic(policy), policy);
        assertEquals(isShared, BucketAccess.policyIsSharedExternally(policy, "111122223333"), policy);
    }
}
