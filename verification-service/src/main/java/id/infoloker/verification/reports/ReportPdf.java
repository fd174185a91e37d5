package id.infoloker.verification.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The report as a plain A4 PDF: a title and the rows, page after page, for the office's files and upward reporting. */
final class ReportPdf {

    private static final float MARGIN = 50;
    private static final float LINE = 13;

    private ReportPdf() {
    }

    static byte[] render(LabourMarketReport report, String officeName) {
        List<ReportRows.Row> rows = ReportRows.of(report);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            int index = 0;
            boolean first = true;
            while (first || index < rows.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float y = PDRectangle.A4.getHeight() - MARGIN;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (first) {
                        text(content, bold, 13, MARGIN, y, "Laporan pasar kerja " + report.month());
                        y -= 18;
                        text(content, regular, 10, MARGIN, y, officeName);
                        y -= 24;
                        first = false;
                    }
                    while (index < rows.size() && y > MARGIN) {
                        ReportRows.Row row = rows.get(index++);
                        text(content, regular, 9, MARGIN, y, row.section());
                        text(content, regular, 9, MARGIN + 190, y, row.key());
                        text(content, bold, 9, MARGIN + 380, y, row.value());
                        y -= LINE;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Report PDF could not be drawn", e);
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        // Codes and numbers only (kecamatan codes, not names): always within the standard font's characters.
        content.showText(text.replaceAll("[^\\x20-\\x7E]", "?"));
        content.endText();
    }
}
