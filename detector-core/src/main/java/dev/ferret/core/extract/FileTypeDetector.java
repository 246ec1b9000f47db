package dev.ferret.core.extract;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides a document's {@link FileType}: by file-name extension first, as Macie does, then by Tika's magic-byte
 * detection for unknown extensions. Unknown content that is not clearly something else is tried as text (which
 * reports binary content as unsupported).
 */
final class FileTypeDetector {

    private static final Map<String, FileType> BY_EXTENSION = new HashMap<>();

    static {
        for (String ext : Set.of("txt", "text", "log", "md", "markdown", "yaml", "yml", "xml", "html", "htm", "xhtml", "ini",
                "conf", "cfg", "config", "properties", "sql", "sh", "bash", "env", "toml", "js", "ts", "py", "java", "rb",
                "go", "php", "c", "h", "cpp", "cs", "ps1", "bat", "json5", "tf", "tfvars", "pem", "key", "crt", "svg")) {
            BY_EXTENSION.put(ext, FileType.TEXT);
        }
        BY_EXTENSION.put("csv", FileType.CSV);
        BY_EXTENSION.put("tsv", FileType.TSV);
        BY_EXTENSION.put("tab", FileType.TSV);
        BY_EXTENSION.put("json", FileType.JSON);
        BY_EXTENSION.put("jsonl", FileType.JSON_LINES);
        BY_EXTENSION.put("ndjson", FileType.JSON_LINES);
        BY_EXTENSION.put("pdf", FileType.PDF);
        BY_EXTENSION.put("xlsx", FileType.XLSX);
        BY_EXTENSION.put("xls", FileType.XLS);
        for (String ext : Set.of("doc", "docx", "ppt", "pptx", "eml", "msg", "rtf", "odt", "ods", "odp")) {
            BY_EXTENSION.put(ext, FileType.DOCUMENT);
        }
        BY_EXTENSION.put("zip", FileType.ZIP);
        BY_EXTENSION.put("gz", FileType.GZIP);
        BY_EXTENSION.put("gzip", FileType.GZIP);
        BY_EXTENSION.put("tgz", FileType.GZIP);
        BY_EXTENSION.put("tar", FileType.TAR);
        for (String ext : Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "ico", "mp3", "wav", "flac", "ogg",
                "mp4", "mov", "avi", "mkv", "webm", "exe", "dll", "so", "class", "jar", "bin", "iso", "7z", "rar", "bz2", "xz")) {
            BY_EXTENSION.put(ext, FileType.UNSUPPORTED);
        }
    }

    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

    /** The type of {@code document}; {@code in} must support mark/reset and is left at its start. */
    FileType detect(InputStream in, DocumentInfo document) throws IOException {
        FileType byName = BY_EXTENSION.get(document.extension());
        return byName != null ? byName : byContent(magic.detect(in, new Metadata()));
    }

    private static FileType byContent(MediaType type) {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/zip" -> FileType.ZIP;
            case "application/gzip", "application/x-gzip" -> FileType.GZIP;
            case "application/x-tar", "application/x-gtar" -> FileType.TAR;
            case "application/pdf" -> FileType.PDF;
            case "application/x-tika-msoffice", "application/x-tika-ooxml", "application/msword", "application/rtf",
                 "message/rfc822" -> FileType.DOCUMENT;
            default -> switch (type.getType()) {
                case "image", "audio", "video" -> FileType.UNSUPPORTED;
                default -> FileType.TEXT;
            };
        };
    }
}
