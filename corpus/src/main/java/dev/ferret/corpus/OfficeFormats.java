package dev.ferret.corpus;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Letters and reports as PDF (labels located by page), Word and PowerPoint (labels with counts only: their text
 * comes out of Tika in an order and line layout this generator does not control).
 */
final class OfficeFormats {

    private static final int LINES_PER_PAGE = 40;

    private final People people;
    private final Facts facts;

    OfficeFormats(People people, Facts facts) {
        this.people = people;
        this.facts = facts;
    }

    /** One line of a prose document, with the label of its value (or null). */
    private record Line(String text, Label label) {
    }

    private List<Line> letterLines(String country, int persons, boolean pageLocations) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            Person p = people.next(country);
            lines.add(new Line("Customer statement for " + latin(p.fullName()), null));
            lines.add(new Line(facts.filler(), null));
            for (Fact f : facts.of(p, true)) {
                Label label = f.identifier() == null ? null : new Label("", f.identifier(),
                        pageLocations ? TruthLocation.page(lines.size() / LINES_PER_PAGE + 1) : null);
                lines.add(new Line(f.label() + ": " + f.value(), label));
                lines.add(new Line(facts.filler(), null));
            }
        }
        return lines;
    }

    private static List<Label> labels(List<Line> lines) {
        return lines.stream().map(Line::label).filter(java.util.Objects::nonNull).toList();
    }

    /** The standard PDF fonts encode WinAnsi only: strip accents, drop the rest. */
    private static String latin(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "");
    }

    GeneratedFile pdf(String path, String country, int persons) {
        List<Line> lines = letterLines(country, persons, true);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.setDocumentId((long) lines.size()); // PDFBox derives the trailer ID from this, else from the clock
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.setLeading(16);
                    cs.newLineAtOffset(50, 740);
                    for (int i = start; i < Math.min(lines.size(), start + LINES_PER_PAGE); i++) {
                        cs.showText(latin(lines.get(i).text()));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return new GeneratedFile(path, out.toByteArray(), labels(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GeneratedFile docx(String path, String country, int persons) {
        List<Line> lines = letterLines(country, persons, false);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Line line : lines) {
                doc.createParagraph().createRun().setText(line.text());
            }
            doc.getProperties().getCoreProperties().setCreated(Optional.of(Archives.ENTRY_DATE));
            doc.write(out);
            return new GeneratedFile(path, Archives.withFixedTimes(out.toByteArray()), labels(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GeneratedFile pptx(String path, String country, int persons) {
        List<Line> lines = letterLines(country, persons, false);
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int start = 0; start < lines.size(); start += 12) {
                XSLFSlide slide = show.createSlide();
                XSLFTextBox box = slide.createTextBox();
                box.setAnchor(new Rectangle2D.Double(40, 40, 640, 460));
                box.clearText();
                for (int i = start; i < Math.min(lines.size(), start + 12); i++) {
                    box.addNewTextParagraph().addNewTextRun().setText(lines.get(i).text());
                }
            }
            show.getProperties().getCoreProperties().setCreated(Optional.of(Archives.ENTRY_DATE));
            show.write(out);
            return new GeneratedFile(path, Archives.withFixedTimes(out.toByteArray()), labels(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
