package dev.ferret.core.extract.tika;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops a Tika parse that runs past its time limit: every SAX event checks the clock and, once the limit has passed,
 * throws instead of passing the event on. Tika may swallow that exception (PDF pages are parsed one by one, each
 * failure recorded and skipped), so the extractor also asks {@link #reached()} once the parser returns.
 */
final class ParseDeadline extends ContentHandlerDecorator {

    private final LongSupplier nanoClock;
    private final long deadline;
    private boolean reached;

    ParseDeadline(ContentHandler handler, Duration limit, LongSupplier nanoClock) {
        super(handler);
        this.nanoClock = nanoClock;
        this.deadline = saturatedSum(nanoClock.getAsLong(), limit);
    }

    /** {@code now + limit} in nanoseconds, or {@link Long#MAX_VALUE} for a limit too long to count. */
    private static long saturatedSum(long now, Duration limit) {
        try {
            return Math.addExact(now, limit.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    boolean reached() {
        return reached;
    }

    private void check() throws SAXException {
        if (reached || nanoClock.getAsLong() >= deadline) {
            reached = true;
            throw new SAXException("the parse time limit was reached");
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        check();
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }
}
