package dev.ferret.s3.act;

import dev.ferret.identifiers.Severity;

/** The Macie policy findings that bucket posture checks raise (Macie's {@code category: POLICY}). */
public enum PolicyFindingType {

    BLOCK_PUBLIC_ACCESS_DISABLED("Policy:IAMUser/S3BlockPublicAccessDisabled", Severity.HIGH,
            "Block Public Access settings are disabled for the S3 bucket",
            "All bucket-level Block Public Access settings are disabled for the bucket, so its access control lists "
                    + "and bucket policy alone decide whether it is public."),
    ENCRYPTION_DISABLED("Policy:IAMUser/S3BucketEncryptionDisabled", Severity.LOW,
            "Default encryption is disabled for the S3 bucket",
            "The bucket has no default server-side encryption configuration, so new objects are stored unencrypted "
                    + "unless their uploads ask for encryption."),
    PUBLIC("Policy:IAMUser/S3BucketPublic", Severity.HIGH,
            "The S3 bucket is publicly accessible",
            "The bucket's access control list or bucket policy grants access to anonymous users or to all "
                    + "authenticated AWS identities."),
    SHARED_EXTERNALLY("Policy:IAMUser/S3BucketSharedExternally", Severity.HIGH,
            "The S3 bucket is shared with an external AWS account",
            "The bucket's access control list or bucket policy grants access to an AWS account other than the "
                    + "bucket owner's.");

    private final String macieName;
    private final Severity severity;
    private final String title;
    private final String description;

    PolicyFindingType(String macieName, Severity severity, String title, String description) {
        this.macieName = macieName;
        this.severity = severity;
        this.title = title;
        this.description = description;
    }

    public String macieName() {
        return macieName;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
