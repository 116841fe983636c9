package org.glassbox.command.disclosure;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders a notice as a PDF/A-3b document with PDFBox: fonts shipped in the application (Liberation,
 * SIL OFL) embedded as subsets, the sRGB output intent, XMP metadata, the facts as an embedded JSON
 * file (associated file, /AF), a QR code and link to the public page, and page numbers. Nothing
 * depends on the clock or chance: dates come from the approval and the document id from a digest of
 * the content, so the same approved notice always gives the same bytes.
 */
public class PdfNoticeRenderer implements NoticeRenderer {
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false).build();

    /** The exchange a notice speaks for, and how the public reaches it. */
    public record Style(String exchangeName, byte[] logoPng, String contact) {
    }

    private final Style style;
    private final byte[] sRgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    // TrueType parsing is the slow part of a render; each thread parses each font once.
    private final ThreadLocal<Fonts> fonts = ThreadLocal.withInitial(Fonts::load);

    public PdfNoticeRenderer(Style style) {
        this.style = style;
    }

    private record Fonts(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont mono) {
        static Fonts load() {
            return new Fonts(parse("LiberationSans-Regular"), parse("LiberationSans-Bold"),
                    parse("LiberationMono-Regular"));
        }

        private static TrueTypeFont parse(String name) {
            try (InputStream in = PdfNoticeRenderer.class.getResourceAsStream("/liberation/" + name + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("Font " + name + " is missing from the application");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // No glyph substitution: a notice's Latin text needs none, and PDFBox compiled regular expressions
                // for it on every line shown (JFR: about half of each render's time).
                font.setEnableGsub(false);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public byte[] render(Notice notice) {
        try (PDDocument doc = new PDDocument()) {
            Fonts f = fonts.get();
            Writer w = new Writer(doc, PDType0Font.load(doc, f.regular(), true), PDType0Font.load(doc, f.bold(), true),
                    PDType0Font.load(doc, f.mono(), true));
            content(w, notice);
            w.finish(notice.reference());
            pdfa(doc, notice);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The notice could not be rendered", e);
        }
    }

    private void content(Writer w, Notice notice) throws IOException {
        var c = notice.content();
        NoticeFacts facts = c.facts();
        if (style.logoPng() != null) {
            w.image(style.logoPng(), 36);
        }
        w.line(w.bold, 10, style.exchangeName());
        w.gap(6);
        w.paragraph(w.bold, 18, switch (c.kind()) {
            case NOTICE -> "Public notice";
            case CORRECTION -> "Correction notice";
            case RETRACTION -> "Retraction notice";
        } + " " + notice.reference());
        w.line(w.regular, 10, "Case " + facts.caseReference() + " - approved " + DATE.format(c.approvedAt()));
        if (notice.supersedesReference() != null) {
            w.line(w.bold, 10, (c.kind() == NoticeKind.RETRACTION ? "Retracts" : "Supersedes") + " notice "
                    + notice.supersedesReference());
        }
        w.gap(10);
        // Blank lines part paragraphs; inside one, lines starting "- " are list items, others run on.
        for (String paragraph : c.text().split("\\R\\s*\\R")) {
            StringBuilder running = new StringBuilder();
            for (String line : paragraph.strip().split("\\R")) {
                if (line.strip().startsWith("- ")) {
                    if (!running.isEmpty()) {
                        w.paragraph(w.regular, 11, running.toString());
                        running.setLength(0);
                    }
                    w.paragraph(w.regular, 11, line.strip(), 10);
                } else {
                    running.append(running.isEmpty() ? "" : " ").append(line.strip());
                }
            }
            if (!running.isEmpty()) {
                w.paragraph(w.regular, 11, running.toString());
            }
            w.gap(6);
        }
        w.heading("Facts");
        w.fact("Market maker", facts.marketMakerName());
        w.fact("Markets", String.join(", ", facts.markets()));
        w.fact("Behaviour found", facts.behavioursFound().stream().map(PdfNoticeRenderer::words)
                .collect(Collectors.joining(", ")));
        w.fact("Period", facts.figures().period());
        w.fact("Volume", facts.figures().volume());
        w.fact("Share of volume", facts.figures().shareOfVolume());
        w.fact("Price impact", facts.figures().priceImpact());
        w.fact("Accounts involved", facts.maskedAccounts().size() + " (" + String.join(", ", facts.maskedAccounts())
                + ")");
        if (facts.figures().offboarded() || !facts.freezes().isEmpty() || facts.figures().compensation() != null
                || facts.outcome() != null) {
            w.heading("Actions taken");
        }
        if (facts.figures().offboarded()) {
            w.bullet("The market maker was offboarded and barred from market making.");
        }
        for (DisclosedFreeze freeze : facts.freezes()) {
            w.bullet("Accounts " + String.join(", ", freeze.maskedAccounts()) + " frozen ("
                    + words(freeze.scope()).toLowerCase(Locale.ROOT) + ")" + (freeze.amounts().isEmpty() ? "" : "; proceeds held: "
                            + freeze.amounts().stream().map(a -> a.amount().toPlainString() + " " + a.asset())
                                    .collect(Collectors.joining(", "))) + ".");
        }
        if (facts.figures().compensation() != null) {
            w.bullet("Compensation: " + facts.figures().compensation());
        }
        if (facts.outcome() != null) {
            w.bullet("Outcome of the investigation: " + words(facts.outcome()) + ".");
        }
        if (!facts.evidence().isEmpty()) {
            w.heading("Disclosed evidence");
            w.line(w.regular, 9, "Each item can be checked against its SHA-256 fingerprint.");
            for (DisclosedEvidence item : facts.evidence()) {
                w.paragraph(w.bold, 10, item.title() + " (" + words(item.kind()) + ")");
                w.line(w.mono, 8, "SHA-256 " + item.sha256());
                w.gap(3);
            }
        }
        if (!facts.analyses().isEmpty()) {
            w.heading("Analyses");
            w.line(w.regular, 9, "Each result (account ids masked) can be downloaded from this notice's public page and"
                    + " checked against its SHA-256 (canonical JSON, RFC 8785).");
            for (org.glassbox.api.disclosure.CitedAnalysis a : facts.analyses()) {
                w.paragraph(w.bold, 10, a.method() + " " + a.title() + " (method version " + a.methodVersion() + ")");
                w.paragraph(w.regular, 9, a.description());
                w.paragraph(w.regular, 9, a.figures().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
                w.line(w.mono, 8, "Result SHA-256 " + (a.publicDigest() == null ? a.resultDigest() : a.publicDigest()));
                w.gap(3);
            }
        }
        w.heading("Contest or contact");
        w.paragraph(w.regular, 10, style.contact());
        w.gap(8);
        w.verification(notice.publicUrl());
    }

    private static String words(Object value) {
        String s = value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void pdfa(PDDocument doc, Notice notice) throws IOException {
        var c = notice.content();
        Calendar approved = calendar(c.approvedAt());
        String title = notice.reference() + " - " + style.exchangeName();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Glassbox");
        info.setCreationDate(approved);
        info.setModificationDate(approved);
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(approved);
            basic.setModifyDate(approved);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer("Glassbox");
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(bytes.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
        } catch (Exception e) {
            throw new IOException("XMP metadata could not be written", e);
        }
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(sRgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);

        byte[] json = JSON.writeValueAsBytes(Map.of("reference", notice.reference(), "kind", c.kind(),
                "supersedes", notice.supersedesReference() == null ? "" : notice.supersedesReference(),
                "approvedAt", c.approvedAt().toString(), "facts", c.facts(), "text", c.text(),
                "publicUrl", notice.publicUrl()));
        PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(json));
        embedded.setSubtype("application/json");
        embedded.setSize(json.length);
        embedded.setCreationDate(approved);
        embedded.setModDate(approved);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("notice.json");
        spec.setFileUnicode("notice.json");
        spec.setFileDescription("The notice's facts, machine-readable");
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("notice.json", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        COSArray af = new COSArray();
        af.add(spec);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);

        // The trailer id is a digest of the content, not of the time of writing.
        byte[] id = sha256(json);
        COSArray ids = new COSArray();
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lays text out top to bottom over as many A4 pages as it needs, then numbers them. */
    private static final class Writer {
        final PDDocument doc;
        final PDType0Font regular;
        final PDType0Font bold;
        final PDType0Font mono;
        final List<PDPage> pages = new ArrayList<>();
        PDPageContentStream out;
        float y;

        Writer(PDDocument doc, PDType0Font regular, PDType0Font bold, PDType0Font mono) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            this.mono = mono;
            newPage();
        }

        void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void room(float height) throws IOException {
            if (y - height < MARGIN + 30) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        void line(PDType0Font font, float size, String text) throws IOException {
            room(size * 1.4f);
            y -= size * 1.4f;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(text);
            out.endText();
        }

        void paragraph(PDType0Font font, float size, String text) throws IOException {
            paragraph(font, size, text, 0);
        }

        void paragraph(PDType0Font font, float size, String text, float indent) throws IOException {
            StringBuilder current = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH - indent && !current.isEmpty()) {
                    indented(font, size, current.toString(), indent);
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                indented(font, size, current.toString(), indent);
            }
        }

        private void indented(PDType0Font font, float size, String text, float indent) throws IOException {
            room(size * 1.4f);
            y -= size * 1.4f;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN + indent, y);
            out.showText(text);
            out.endText();
        }

        void heading(String text) throws IOException {
            room(40);
            gap(8);
            line(bold, 12, text);
            gap(2);
        }

        void fact(String label, String value) throws IOException {
            if (value == null || value.isBlank()) {
                return;
            }
            paragraph(regular, 10, label + ": " + value);
        }

        void bullet(String text) throws IOException {
            paragraph(regular, 10, "- " + text, 8);
        }

        void image(byte[] png, float height) throws IOException {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "logo");
            float width = image.getWidth() * height / image.getHeight();
            room(height);
            y -= height;
            out.drawImage(image, MARGIN, y, width, height);
            gap(4);
        }

        /** The public page's address as text, a link and a QR code. */
        void verification(String url) throws IOException {
            float size = 84;
            room(size + 10);
            line(bold, 10, "Verify this notice");
            paragraph(regular, 9, "Its public page, with this PDF's SHA-256 fingerprint and its history, is at " + url);
            y -= size + 4;
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IOException("The QR code could not be made", e);
            }
            float cell = size / matrix.getWidth();
            out.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        out.addRect(MARGIN + col * cell, y + size - (row + 1) * cell, cell, cell);
                    }
                }
            }
            out.fill();
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(MARGIN, y, size, size));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            link.setPrinted(true);
            PDActionURI action = new PDActionURI();
            action.setURI(url);
            link.setAction(action);
            pages.get(pages.size() - 1).getAnnotations().add(link);
        }

        void finish(String reference) throws IOException {
            out.close();
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(regular, 8);
                    footer.newLineAtOffset(MARGIN, MARGIN / 2);
                    footer.showText(reference + "  -  page " + (i + 1) + " of " + pages.size());
                    footer.endText();
                }
            }
        }
    }

}
