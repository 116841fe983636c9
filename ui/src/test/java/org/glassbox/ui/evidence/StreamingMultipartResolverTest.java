package org.glassbox.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;

import org.glassbox.api.shared.InvalidField;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.command.evidence.LocalBlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

class StreamingMultipartResolverTest {
    private static final String BOUNDARY = "gb-boundary";
    @TempDir
    Path dir;
    Path spool;
    StreamingMultipartResolver resolver;

    @BeforeEach
    void resolver() throws Exception {
        spool = dir.resolve("spool");
        var intake = new EvidenceIntake(new LocalBlobStore(dir.resolve("store")), spool, 100_000, Set.of(), null);
        resolver = new StreamingMultipartResolver(intake, 1_000_000);
    }

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private StreamingMultipartResolverTest field(String name, byte[] value) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private StreamingMultipartResolverTest file(String name, String fileName, byte[] value) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A body that arrives as the network delivers it: in reads of uneven, mostly small sizes. */
    private MockHttpServletRequest request(String path) {
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var random = new java.util.Random(11);
        var request = new MockHttpServletRequest("POST", path) {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                var in = new java.io.ByteArrayInputStream(getContentAsByteArray());
                return new org.springframework.mock.web.DelegatingServletInputStream(in) {
                    @Override
                    public int read(byte[] b, int off, int len) throws java.io.IOException {
                        return super.read(b, off, Math.min(len, 1 + random.nextInt(3000)));
                    }
                };
            }
        };
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        request.setContent(body.toByteArray());
        return request;
    }

    private long spooled() throws Exception {
        try (var files = Files.list(spool)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFilePartIsSpooledWithTheDigestOfItsBytesAndFieldsBecomeParameters() throws Exception {
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        field("title", "Fills – März".getBytes(StandardCharsets.UTF_8)).file("file", "fills.csv", csv)
                .field("allegations", "SPOOFING".getBytes(StandardCharsets.UTF_8))
                .field("allegations", "WASH_TRADING".getBytes(StandardCharsets.UTF_8));
        var request = request("/api/v1/cases/c/evidence");
        request.setQueryString("note=caf%C3%A9");

        var resolved = resolver.resolveMultipart(request);

        assertThat(resolved.getParameter("title")).isEqualTo("Fills – März");
        assertThat(resolved.getParameterValues("allegations")).containsExactly("SPOOFING", "WASH_TRADING");
        assertThat(resolved.getParameter("note")).isEqualTo("café");
        assertThat(resolved.getParameter("absent")).isNull();
        var file = (SpooledFile) resolved.getFile("file");
        assertThat(file.getOriginalFilename()).isEqualTo("fills.csv");
        assertThat(file.spooled().size()).isEqualTo(csv.length);
        assertThat(file.spooled().digest().hex())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
        assertThat(file.spooled().file().getParent()).isEqualTo(spool);
        assertThat(file.getBytes()).isEqualTo(csv);

        resolver.cleanupMultipart(resolved);
        assertThat(spooled()).as("what no one stored is deleted after the request").isZero();
    }

    @Test
    void aFileLargerThanTheReadBufferArrivesWholeAndFieldsAfterItToo() throws Exception {
        byte[] bytes = new byte[90_000];
        new java.util.Random(7).nextBytes(bytes);
        file("file", "big.bin", bytes).field("title", "after the file".getBytes(StandardCharsets.UTF_8));

        var resolved = resolver.resolveMultipart(request("/api/v1/cases/c/evidence"));

        assertThat(resolved.getFile("file").getBytes()).isEqualTo(bytes);
        assertThat(resolved.getParameter("title")).isEqualTo("after the file");
    }

    @Test
    void aFileOverTheLimitIsRefusedAs413AndLeavesNothingInTheSpool() throws Exception {
        file("file", "small.csv", "a\n".getBytes(StandardCharsets.UTF_8)).file("file", "big.csv", new byte[100_001]);
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/api/v1/cases/c/evidence")))
                .isInstanceOf(MaxUploadSizeExceededException.class);
        assertThat(spooled()).isZero();
    }

    @Test
    void aLongFieldIsRefusedNamingIt() {
        field("title", "x".repeat(StreamingMultipartResolver.MAX_FIELD_BYTES + 1).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/api/v1/cases/c/evidence")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void aFieldThatIsNotUtf8IsRefusedNamingIt() {
        field("title", new byte[] {'a', (byte) 0xC3, '(', 'b'});
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/api/v1/cases/c/evidence")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void tooManyPartsAreRefused() throws Exception {
        for (int i = 0; i <= StreamingMultipartResolver.MAX_PARTS; i++) {
            field("f" + i, "x".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/api/v1/cases/c/evidence")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("file"));
    }

    @Test
    void aBodyCutShortIsAMultipartErrorWithNothingSpooled() throws Exception {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                + "a,b\n1,2").getBytes(StandardCharsets.UTF_8));
        var request = new MockHttpServletRequest("POST", "/api/v1/cases/c/evidence");
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        request.setContent(body.toByteArray());
        assertThatThrownBy(() -> resolver.resolveMultipart(request)).isInstanceOf(MultipartException.class);
        assertThat(spooled()).isZero();
    }

    @Test
    void fileNamesAreReadAsLenientlyAsBeforeAndJudgedByTheIntakeNotTheParser() {
        assertThat(StreamingMultipartResolver.dispositionParameter("form-data; name=\"file\"; filename=\"a;b.csv\"",
                "filename")).isEqualTo("a;b.csv");
        assertThat(StreamingMultipartResolver.dispositionParameter("form-data; name=\"file\"; filename=\"say \\\"hi\\\".txt\"",
                "filename")).isEqualTo("say \"hi\".txt");
        assertThat(StreamingMultipartResolver.dispositionParameter(
                "form-data; name=\"file\"; filename=\"\"><img src=x onerror=alert(1)>.html\"", "filename"))
                .isEqualTo("\"><img src=x onerror=alert(1)>.html");
        assertThat(StreamingMultipartResolver.dispositionParameter("form-data; name=title", "name")).isEqualTo("title");
        assertThat(StreamingMultipartResolver.dispositionParameter("form-data; name=\"title\"", "filename")).isNull();
        assertThat(StreamingMultipartResolver.dispositionParameter(null, "name")).isNull();
    }

    @Test
    void aPartWithHugeHeadersIsRefusedWithoutBeingHeld() throws Exception {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\nX-Padding: "
                + "x".repeat(StreamingMultipartResolver.MAX_PART_HEADERS + 1) + "\r\n\r\nvalue\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/api/v1/cases/c/evidence")))
                .isInstanceOf(MultipartException.class);
        assertThat(spooled()).isZero();
    }

    @Test
    void theUisUploadsAreLeftToTheContainer() throws Exception {
        field("title", "x".getBytes(StandardCharsets.UTF_8));
        // A mock request has no container parts: the body is not read, so no field is found.
        var resolved = resolver.resolveMultipart(request("/VAADIN/dynamic/resource/0/upload"));
        assertThat(resolved.getClass().getSimpleName()).isEqualTo("StandardMultipartHttpServletRequest");
        assertThat(resolved.getParameter("title")).isNull();
        assertThat(spooled()).isZero();
    }
}
