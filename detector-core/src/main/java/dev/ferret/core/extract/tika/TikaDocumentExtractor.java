package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.DocumentInfo;
import dev.ferret.core.extract.ExtractionException;
import dev.ferret.core.extract.ExtractionLimits;
import dev.ferret.core.extract.FormatExtractor;
import dev.ferret.core.extract.TextSink;
import dev.ferret.core.extract.segment.LinePositions;
import dev.ferret.core.extract.segment.SegmentWriter;
import dev.ferret.core.extract.segment.UnitPositions;
import dev.ferret.core.result.ScanStatus;
import dev.ferret.core.result.StatusReason;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Documents parsed by Apache Tika: PDF (located by page), Word, PowerPoint, e-mail, RTF, OpenDocument (located by
 * line of the extracted text). E-mail bodies are read; attachments and other embedded documents are not extracted.
 */
public final class TikaDocumentExtractor implements FormatExtractor {

    /** Loading every Tika parser takes a while; one thread-safe instance serves all documents. */
    private static final class Shared {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    /** Like Macie, no OCR: images are not read (and no OCR engine is installed). */
    private static final PDFParserConfig NO_OCR = new PDFParserConfig();

    static {
        NO_OCR.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    }

    private static final List<String> MESSAGE_HEADERS = List.of(Message.MESSAGE_FROM, Message.MESSAGE_TO,
            Message.MESSAGE_CC, Message.MESSAGE_BCC, TikaCoreProperties.SUBJECT.getName());

    private final ExtractionLimits limits;
    private final boolean pdf;
    private final LongSupplier nanoClock;

    /** @param pdf locate by page (PDF) rather than by line of extracted text */
    public TikaDocumentExtractor(ExtractionLimits limits, boolean pdf) {
        this(limits, pdf, System::nanoTime);
    }

    /** With the clock that {@link ExtractionLimits#maxParseTime()} is measured on (tests move it by hand). */
    TikaDocumentExtractor(ExtractionLimits limits, boolean pdf, LongSupplier nanoClock) {
        this.limits = limits;
        this.pdf = pdf;
        this.nanoClock = nanoClock;
    }

    @Override
    public ScanStatus extract(InputStream in, DocumentInfo document, TextSink sink) throws IOException, ExtractionException {
        UnitPositions pages = pdf ? new UnitPositions(limits.segmentChars(), limits.segmentOverlapChars(), sink) : null;
        SegmentWriter writer = pdf ? pages.writer()
                : new SegmentWriter(limits.segmentChars(), limits.segmentOverlapChars(), sink, new LinePositions());
        ParseDeadline handler = new ParseDeadline(new SegmentingContentHandler(writer, pages), limits.maxParseTime(),
                nanoClock);
        Metadata metadata;
        try {
            metadata = parse(in, document.name(), handler);
        } catch (ExtractionException e) {
            if (handler.reached()) {
                writer.finish(); // the text read before the cut is scanned
            }
            throw e;
        }
        appendMessageHeaders(metadata, writer);
        writer.finish();
        return ScanStatus.COMPLETE;
    }

    /**
     * Tika keeps an e-mail's addresses and subject in metadata, not in the body text: they are appended as header lines
     * after the body, so that addresses in From/To/Cc are scanned too.
     */
    private static void appendMessageHeaders(Metadata metadata, SegmentWriter writer) {
        for (String header : MESSAGE_HEADERS) {
            for (String value : metadata.getValues(header)) {
                writer.append('\n');
                writer.append(header + ": " + value);
            }
        }
    }

    /**
     * Parses {@code in} with Tika into {@code handler}, mapping Tika's failures to statuses (the time limit first,
     * whatever Tika made of it); returns the metadata.
     */
    private Metadata parse(InputStream in, String name, ParseDeadline handler) throws IOException, ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParseContext context = context();
        try {
            Shared.PARSER.parse(CloseShieldInputStream.wrap(in), handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw handler.reached() ? timeCutOff()
                    : new ExtractionException(StatusReason.FILE_IS_ENCRYPTED, "the document is encrypted or password-protected");
        } catch (TikaException e) {
            throw handler.reached() ? timeCutOff() : new ExtractionException(StatusReason.MALFORMED_FILE,
                    "the document could not be parsed (" + e.getClass().getSimpleName() + ")");
        } catch (SAXException e) {
            throw handler.reached() ? timeCutOff() : new ExtractionException(StatusReason.UNABLE_TO_PARSE_FILE,
                    "the document's structure could not be read (" + e.getClass().getSimpleName() + ")");
        } catch (IOException | RuntimeException e) {
            if (handler.reached()) {
                throw timeCutOff();
            }
            throw e;
        }
        if (handler.reached()) {
            throw timeCutOff(); // Tika recorded the stop as a page failure and went on
        }
        return metadata;
    }

    private ExtractionException timeCutOff() {
        return new ExtractionException(StatusReason.TIME_CUT_OFF_REACHED, "parsing stopped at the time limit ("
                + limits.maxParseTime().toSeconds() + " s); the text read until then was scanned");
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, BodiesOnly.INSTANCE);
        context.set(PDFParserConfig.class, NO_OCR);
        return context;
    }

    /**
     * Tika hands e-mail bodies to the parser as embedded parts: those (unnamed text parts) are parsed into the same text.
     * Named attachments and other embedded files are left out for now.
     */
    private enum BodiesOnly implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            return metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null && type != null && type.startsWith("text/");
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            try {
                Shared.PARSER.parse(CloseShieldInputStream.wrap(stream), new EmbeddedContentHandler(handler), metadata, context());
            } catch (TikaException e) {
                throw new IOException("embedded body could not be parsed", e);
            }
        }
    }
}
