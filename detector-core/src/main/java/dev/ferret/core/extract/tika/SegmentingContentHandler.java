package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.segment.SegmentWriter;
import dev.ferret.core.extract.segment.UnitPositions;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Set;

/**
 * Streams the body text of Tika's XHTML events into a {@link SegmentWriter}, one line per block element, so that the
 * whole document text is never built. With {@code pages} set, each {@code <div class="page">} (Tika's PDF page) begins a
 * new {@link PdfPage} unit.
 */
final class SegmentingContentHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "pre", "blockquote", "table", "dd", "dt");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final SegmentWriter writer;
    private final UnitPositions pages;
    private long pageCount;
    /** Depth inside {@code <head>}: metadata, not document text. */
    private int inHead;

    SegmentingContentHandler(SegmentWriter writer, UnitPositions pages) {
        this.writer = writer;
        this.pages = pages;
        if (pages != null) {
            pages.begin(new PdfPage(1)); // text before the first page marker, if any, counts as page 1
        }
    }

    long pageCount() {
        return pageCount;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("head".equals(localName)) {
            inHead++;
        }
        if (pages != null && "div".equals(localName) && "page".equals(attributes.getValue("class"))) {
            pages.end();
            pages.begin(new PdfPage(++pageCount));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("head".equals(localName)) {
            inHead--;
        } else if (inHead > 0) {
            return;
        } else if (BLOCKS.contains(localName)) {
            writer.append('\n');
        } else if (CELLS.contains(localName)) {
            writer.append('\t');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inHead == 0) {
            writer.append(ch, start, length);
        }
    }

    // ignorableWhitespace: Tika's own newlines after block elements; the line ends come from endElement instead
}
