package dev.ferret.core.extract;

/** The formats extraction tells apart, with the MIME type reported for each. */
public enum FileType {
    TEXT("text/plain"),
    CSV("text/csv"),
    TSV("text/tab-separated-values"),
    JSON("application/json"),
    JSON_LINES("application/jsonl"),
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("application/vnd.ms-excel"),
    /** Other documents Tika reads: Word, PowerPoint, e-mail, RTF, OpenDocument. */
    DOCUMENT("application/octet-stream"),
    ZIP("application/zip"),
    GZIP("application/gzip"),
    TAR("application/x-tar"),
    /** Images, audio, video, executables: not analysed (as in Macie). */
    UNSUPPORTED("application/octet-stream");

    private final String mimeType;

    FileType(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    public boolean isArchive() {
        return this == ZIP || this == GZIP || this == TAR;
    }
}
