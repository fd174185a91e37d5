package id.infoloker.account.ak1;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws the AK/1 card as a one-page PDF (A5 landscape): the holder's identity and education, skills when known, the
 * pas foto, issue and expiry dates, the re-report dates, and a QR code to the card's public check.
 */
final class Ak1CardPdf {

    /** What is printed about the holder. */
    record Holder(String name, String nik, String birthPlace, LocalDate birthDate, String sex, String education,
                  String address, String kecamatan, List<String> skills, byte[] photo) {
        @Override
        public String toString() {
            return "Holder[<personal data hidden>]";
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    private static final float MARGIN = 28;

    private Ak1CardPdf() {
    }

    static byte[] render(Ak1Card card, Holder holder, String officeName, String verificationUrl) {
        PDRectangle a5Landscape = new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Kartu AK/1 " + card.number());
            info.setCreator("Infoloker");
            PDPage page = new PDPage(a5Landscape);
            document.addPage(page);
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float width = a5Landscape.getWidth();
            float top = a5Landscape.getHeight() - MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, bold, 9, MARGIN, top, officeName.toUpperCase(Locale.ROOT));
                text(content, bold, 13, MARGIN, top - 18, "KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/1)");
                text(content, regular, 10, MARGIN, top - 34, "Nomor pendaftaran: " + card.number());
                content.setLineWidth(0.8f);
                content.moveTo(MARGIN, top - 42);
                content.lineTo(width - MARGIN, top - 42);
                content.stroke();

                float y = top - 62;
                for (String[] row : rows(card, holder)) {
                    text(content, regular, 9, MARGIN, y, row[0]);
                    text(content, bold, 9, MARGIN + 120, y, shortened(row[1]));
                    y -= 15;
                }
                float photoWidth = 85;
                float photoHeight = 113;
                float photoX = width - MARGIN - photoWidth;
                float photoY = top - 52 - photoHeight;
                drawPhoto(document, content, holder.photo(), photoX, photoY, photoWidth, photoHeight, regular);
                drawQr(content, verificationUrl, photoX - 6, MARGIN + 6, 96);
                text(content, regular, 7, MARGIN, MARGIN, "Periksa keabsahan kartu: " + verificationUrl);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("AK/1 card could not be drawn", e);
        }
    }

    private static List<String[]> rows(Ak1Card card, Holder holder) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Nama", holder.name()});
        rows.add(new String[] {"NIK", holder.nik()});
        rows.add(new String[] {"Tempat, tanggal lahir", holder.birthPlace() + ", " + DATE.format(holder.birthDate())});
        rows.add(new String[] {"Jenis kelamin", holder.sex()});
        rows.add(new String[] {"Pendidikan terakhir", holder.education()});
        rows.add(new String[] {"Alamat", holder.address()});
        rows.add(new String[] {"Kecamatan", holder.kecamatan()});
        if (!holder.skills().isEmpty()) {
            rows.add(new String[] {"Keterampilan", String.join(", ", holder.skills())});
        }
        rows.add(new String[] {"Tanggal terbit", DATE.format(card.issuedOn())});
        rows.add(new String[] {"Berlaku sampai", DATE.format(card.validUntil())});
        rows.add(new String[] {"Wajib lapor", String.join("  |  ",
                card.reportDueDates().stream().map(DATE::format).toList())});
        return rows;
    }

    private static void drawPhoto(PDDocument document, PDPageContentStream content, byte[] photo, float x, float y,
                                  float width, float height, PDType1Font font) throws IOException {
        content.addRect(x, y, width, height);
        content.stroke();
        if (photo != null) {
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(document, photo, "pas-foto");
                content.drawImage(image, x, y, width, height);
                return;
            } catch (IOException | RuntimeException notAnImage) {
                // A PDF pas foto (allowed on upload) cannot be placed as an image: the frame says so instead.
            }
        }
        text(content, font, 8, x + 8, y + height / 2, "Pas foto 3x4");
    }

    /** The QR code as vector squares: sharp at any zoom and print size. */
    private static void drawQr(PDPageContentStream content, String url, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + url, e);
        }
        float module = size / matrix.getWidth();
        float left = x - size;
        content.setNonStrokingColor(1f, 1f, 1f);
        content.addRect(left, y, size, size);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(left + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text == null ? "-" : text));
        content.endText();
    }

    /** A value longer than the space beside the photo is cut (the full address is on the holder's KTP). */
    private static String shortened(String value) {
        return value == null || value.length() <= 58 ? value : value.substring(0, 57) + "\u2026";
    }

    /** The standard fonts cover Latin-1: any other character (a name in another script) prints as '?'. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
