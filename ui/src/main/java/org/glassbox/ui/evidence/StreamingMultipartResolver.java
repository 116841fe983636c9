package org.glassbox.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartCompliance;
import org.eclipse.jetty.io.Content;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.command.evidence.EvidenceIntake;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the multipart uploads of the API and the public site as they arrive (Jetty's multipart parser,
 * fed from the request's input stream): each file part is written once, into the evidence spool, and
 * hashed on the way, so the store only has to rename it. Spring Boot's default resolver lets the
 * container spool every part first, which wrote each byte of a 1 GB upload twice. Form fields are small
 * texts, read strictly as UTF-8 and capped. Vaadin's own uploads (other paths) keep the container's
 * multipart handling.
 */
final class StreamingMultipartResolver implements MultipartResolver {
    static final int MAX_FIELD_BYTES = 64 * 1024;
    static final int MAX_PARTS = 100;
    static final int MAX_PART_HEADERS = 16 * 1024;
    private static final int BUFFER = 64 * 1024;
    private final EvidenceIntake intake;
    private final long maxRequestBytes;
    private final StandardServletMultipartResolver container = new StandardServletMultipartResolver();

    StreamingMultipartResolver(EvidenceIntake intake, long maxRequestBytes) {
        this.intake = intake;
        this.maxRequestBytes = maxRequestBytes;
    }

    /** Only on the request itself: an error dispatch after a streamed body must not try to read it again. */
    @Override
    public boolean isMultipart(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.REQUEST && container.isMultipart(request);
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        if (!streamed(request)) {
            return container.resolveMultipart(request);
        }
        String boundary = MultiPart.extractBoundary(request.getContentType());
        if (boundary == null || boundary.isEmpty()) {
            throw new MultipartException("The multipart body has no boundary in its Content-Type");
        }
        Parts parts = new Parts();
        var parser = new MultiPart.Parser(boundary, MultiPartCompliance.RFC7578, parts);
        parser.setPartHeadersMaxLength(MAX_PART_HEADERS);
        try (InputStream body = request.getInputStream()) {
            byte[] buffer = new byte[BUFFER];
            long read = 0;
            // Whole buffers (the container hands over 8 KB at a time): fewer, larger hashes and writes.
            for (int n; (n = body.readNBytes(buffer, 0, buffer.length)) > 0 && parts.failure == null;) {
                read += n;
                if (read > maxRequestBytes) {
                    throw new MaxUploadSizeExceededException(maxRequestBytes);
                }
                parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
            }
            if (parts.failure == null) {
                parser.parse(Content.Chunk.EOF);
            }
            if (parts.failure instanceof IOException io) {
                throw io;
            }
            if (parts.failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (parts.failure instanceof Error error) {
                throw error;
            }
            if (!parts.complete) {
                throw new MultipartException("The multipart body ends before its closing boundary");
            }
        } catch (IOException | RuntimeException e) {
            parts.discard();
            throw refusal(e);
        } catch (Error e) {
            parts.discard();
            throw e;
        }
        Map<String, List<String>> values = query(request.getQueryString());
        parts.fields.forEach((name, texts) -> values.computeIfAbsent(name, n -> new ArrayList<>()).addAll(texts));
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((name, texts) -> parameters.put(name, texts.toArray(String[]::new)));
        return new Streamed(request, parts.files, parameters);
    }

    /**
     * Receives the parser's events: a file part's bytes go straight into a spool writer, a field's into a
     * small capped buffer. The first failure stops the intake; the caller throws it.
     */
    private final class Parts implements MultiPart.Parser.Listener {
        final MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        final Map<String, List<String>> fields = new LinkedHashMap<>();
        Throwable failure;
        boolean complete;
        private EvidenceIntake.SpoolWriter file;
        private String contentType;
        private String disposition;
        private java.io.ByteArrayOutputStream field;
        private int count;

        @Override
        public void onPartHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                contentType = value;
            } else if ("Content-Disposition".equalsIgnoreCase(name)) {
                disposition = value;
            }
        }

        @Override
        public void onPartHeaders() {
            if (failure != null) {
                return;
            }
            try {
                if (++count > MAX_PARTS) {
                    throw new InvalidField("file", "an upload may have at most " + MAX_PARTS + " parts");
                }
                if (fileName() != null) {
                    file = intake.startSpool();
                } else {
                    field = new java.io.ByteArrayOutputStream();
                }
            } catch (Throwable e) {
                // Jetty's parser would swallow anything a listener throws: keep it, the caller throws it.
                failure = e;
            }
        }

        /** The chunk is a slice of the buffer just read; it is written out before the next read reuses it. */
        @Override
        public void onPartContent(Content.Chunk chunk) {
            try {
                if (failure != null) {
                    return;
                }
                if (file != null) {
                    file.write(chunk.getByteBuffer());
                } else if (field != null) {
                    ByteBuffer bytes = chunk.getByteBuffer();
                    if (field.size() + bytes.remaining() > MAX_FIELD_BYTES) {
                        throw new InvalidField(Checks.shown(name(), 40), "is longer than " + MAX_FIELD_BYTES + " bytes");
                    }
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    field.writeBytes(copy);
                }
            } catch (Throwable e) {
                // Jetty's parser would swallow anything a listener throws: keep it, the caller throws it.
                failure = e;
            }
        }

        @Override
        public void onPartEnd() {
            try {
                if (failure == null && file != null) {
                    files.add(name(), new SpooledFile(name(), fileName(), contentType, file.finish()));
                } else if (failure == null && field != null) {
                    fields.computeIfAbsent(name(), n -> new ArrayList<>()).add(text(name(), field.toByteArray()));
                }
            } catch (Throwable e) {
                // Jetty's parser would swallow anything a listener throws: keep it, the caller throws it.
                failure = e;
            } finally {
                closeWriter();
                field = null;
                contentType = null;
                disposition = null;
            }
        }

        @Override
        public void onComplete() {
            complete = true;
        }

        @Override
        public void onFailure(Throwable cause) {
            if (failure == null) {
                failure = new MultipartException("The multipart body could not be read: " + cause.getMessage(), cause);
            }
        }

        private String name() {
            String name = dispositionParameter(disposition, "name");
            return name == null ? "" : name;
        }

        private String fileName() {
            return dispositionParameter(disposition, "filename");
        }

        private void closeWriter() {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    // A file left in the spool is disk space, not evidence; it must not hide the answer.
                }
                file = null;
            }
        }

        void discard() {
            closeWriter();
            StreamingMultipartResolver.discard(files);
        }
    }

    @Override
    public void cleanupMultipart(MultipartHttpServletRequest request) {
        if (request instanceof Streamed) {
            discard(request.getMultiFileMap());
        } else {
            container.cleanupMultipart(request);
        }
    }

    /** The API and the public site; the UI's paths belong to Vaadin, which reads parts from the container. */
    private static boolean streamed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/public/");
    }

    private RuntimeException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException tooLarge) {
                return tooLarge;
            }
            if (t instanceof EvidenceIntake.TooLarge) {
                return new MaxUploadSizeExceededException(intake.maxBytes(), e);
            }
            if (t instanceof InvalidField invalid) {
                return invalid;
            }
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new MultipartException("The multipart body could not be read: " + e.getMessage(), e);
    }

    private static String text(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidField(Checks.shown(name, 40), "is not UTF-8 text");
        }
    }

    /**
     * A parameter of a part's Content-Disposition, read as leniently as Commons FileUpload did: split at
     * semicolons outside quotes, the outer quotes removed. A name with a raw quote in it (no browser sends
     * one, a hand-made request may) is kept whole; the intake then judges it as a file name.
     */
    static String dispositionParameter(String disposition, String key) {
        if (disposition == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < disposition.length(); i++) {
            char c = disposition.charAt(i);
            if (c == '"' && (i == 0 || disposition.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                tokens.add(disposition.substring(start, i));
                start = i + 1;
            }
        }
        tokens.add(disposition.substring(start));
        for (String token : tokens) {
            int eq = token.indexOf('=');
            if (eq > 0 && token.substring(0, eq).strip().equalsIgnoreCase(key)) {
                String value = token.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                }
                return value;
            }
        }
        return null;
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static void discard(MultiValueMap<String, MultipartFile> files) {
        files.values().stream().flatMap(List::stream).forEach(file -> {
            if (file instanceof SpooledFile spooled) {
                try {
                    spooled.delete();
                } catch (IOException e) {
                    // A file left in the spool is disk space, not evidence; it must not hide the answer.
                }
            }
        });
    }

    /**
     * Parameters come only from the query string and the parsed fields: asking the container would make it
     * try to parse the body a second time, from a stream already read.
     */
    private static final class Streamed extends DefaultMultipartHttpServletRequest {
        private final Map<String, String[]> parameters;

        Streamed(HttpServletRequest request, MultiValueMap<String, MultipartFile> files,
                Map<String, String[]> parameters) {
            super(request, files, parameters, Map.of());
            this.parameters = Collections.unmodifiableMap(parameters);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }
    }
}
