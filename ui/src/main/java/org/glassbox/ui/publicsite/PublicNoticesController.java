package org.glassbox.ui.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.audit.FindLatestChainCheckpoint;
import org.glassbox.api.audit.SignedChainHead;
import org.glassbox.api.disclosure.PublicNotice;
import org.glassbox.ui.disclosure.DisclosureService;
import org.glassbox.ui.web.NotFound;
import org.glassbox.command.disclosure.PublicAddress;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/**
 * The public registry, the one part of Glassbox without a login: published notices (list and search,
 * one page each), their PDFs, an Atom feed, and "verify a notice" by its SHA-256. It reads only the
 * public_notice table, which holds nothing unpublished. Responses carry Cache-Control and ETags.
 */
@RestController
class PublicNoticesController {
    private static final CacheControl LISTS = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final CacheControl NOTICE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    // A notice's PDF never changes: a correction is another notice with another reference.
    private static final CacheControl PDF = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final DisclosureService disclosures;
    private final PublicPages pages;
    private final QueryGateway queries;
    private final PublicAddress address;

    PublicNoticesController(DisclosureService disclosures, PublicPages pages, QueryGateway queries,
            PublicAddress address) {
        this.disclosures = disclosures;
        this.queries = queries;
        this.pages = pages;
        this.address = address;
    }

    /** The registry's public address, or (none set yet) the one this request came in on. */
    private String baseUrl() {
        return address.base().orElseGet(() -> ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    @GetMapping("/public/notices")
    ResponseEntity<?> notices(@RequestParam(name = "q", required = false) String query,
            @RequestHeader(name = "Accept", required = false) String accept) {
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            return refusal(accept, HttpStatus.BAD_REQUEST, "q: at most 100 characters", LISTS, "notices",
                    Map.of("notices", List.of(), "query", ""));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("notices", disclosures.publicNotices(q, 100));
        model.put("query", q);
        queries.query(new FindLatestChainCheckpoint(), ResponseTypes.optionalInstanceOf(SignedChainHead.class)).join()
                .ifPresent(head -> model.put("chainHead", head));
        return html(HttpStatus.OK, LISTS, "notices", model);
    }

    @GetMapping("/public/notices/{reference}")
    ResponseEntity<byte[]> notice(@PathVariable String reference, org.springframework.web.context.request.WebRequest request) {
        // A published notice changes only when a later notice corrects or retracts it. Its page is rendered once
        // and served from memory, looked up again after FRESH: far inside the five minutes that browsers and
        // caches are told they may keep it anyway.
        long now = System.nanoTime();
        Page page = byReference.get(reference);
        if (page == null || now - page.at() > FRESH) {
            PublicNotice notice = published(reference);
            Page shown = rendered.computeIfAbsent(notice, n -> Page.of(pages.render("notice", Map.of("notice", n,
                    "paragraphs", Arrays.stream(n.text().split("\\R\\s*\\R"))
                            .map(p -> Arrays.stream(p.strip().split("\\R")).map(String::strip).toList()).toList())),
                    now));
            page = new Page(shown.body(), shown.etag(), now);
            byReference.put(reference, page);
        }
        if (request.checkNotModified(page.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(NOTICE).eTag(page.etag()).build();
        }
        return ResponseEntity.ok().cacheControl(NOTICE).eTag(page.etag()).contentType(HTML).body(page.body());
    }

    /** A rendered page, the digest that is its ETag, and when its notice was last looked up (System.nanoTime). */
    record Page(byte[] body, String etag, long at) {
        static Page of(String html, long at) {
            byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new Page(body, org.glassbox.analysis.methods.Analyses.sha256(body), at);
        }
    }

    private static final long FRESH = Duration.ofSeconds(5).toNanos();
    private final Map<String, Page> byReference = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                    return size() > 500;
                }
            });

    /** The pages of the most read notices, by the record they show (least recently read dropped first). */
    private final Map<PublicNotice, Page> rendered = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PublicNotice, Page> eldest) {
                    return size() > 500;
                }
            });

    @GetMapping("/public/notices/{reference}.pdf")
    ResponseEntity<InputStreamResource> pdf(@PathVariable String reference) throws IOException {
        PublicNotice notice = published(reference);
        return ResponseEntity.ok().cacheControl(PDF).eTag(notice.pdfSha256()).contentType(MediaType.APPLICATION_PDF)
                .contentLength(notice.pdfSize())
                .header("Content-Disposition", "inline; filename=\"" + notice.reference() + ".pdf\"")
                .body(new InputStreamResource(disclosures.pdf(notice)));
    }

    @GetMapping(value = "/public/notices/feed.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed() throws FeedException {
        String baseUrl = baseUrl();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(pages.exchange() + ": public notices");
        feed.setUri(baseUrl + "/public/notices");
        feed.setLink(baseUrl + "/public/notices");
        List<PublicNotice> notices = disclosures.publicNotices(null, 50);
        feed.setPublishedDate(notices.isEmpty() ? new Date(0) : Date.from(notices.get(0).publishedAt()));
        feed.setEntries(notices.stream().map(n -> entry(n, baseUrl)).toList());
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(baseUrl + "/public/notices/feed.atom");
        feed.setLinks(List.of(self));
        return ResponseEntity.ok().cacheControl(LISTS).contentType(MediaType.parseMediaType("application/atom+xml"))
                .body(new SyndFeedOutput().outputString(feed));
    }

    private SyndEntry entry(PublicNotice notice, String baseUrl) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(notice.reference() + ": " + notice.marketMaker() + " (" + String.join(", ", notice.markets())
                + ")");
        entry.setLink(baseUrl + "/public/notices/" + notice.reference());
        entry.setUri(baseUrl + "/public/notices/" + notice.reference());
        entry.setPublishedDate(Date.from(notice.publishedAt()));
        entry.setUpdatedDate(Date.from(notice.publishedAt()));
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(notice.text().length() > 500 ? notice.text().substring(0, 500) + "..." : notice.text());
        entry.setDescription(summary);
        return entry;
    }

    @GetMapping("/public/verify")
    ResponseEntity<String> verifyForm() {
        return html(HttpStatus.OK, LISTS, "verify", Map.of("outcome", ""));
    }

    /**
     * Answers whether the uploaded PDF is a published notice, by its SHA-256: 200 genuine, 404 no
     * notice has it (altered or never published), 400 not a PDF. Nothing is stored.
     */
    @PostMapping(value = "/public/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> verify(@RequestParam("file") MultipartFile file,
            @RequestHeader(name = "Accept", required = false) String accept) throws IOException {
        MessageDigest sha256;
        byte[] head = new byte[5];
        int read;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(file.getInputStream(), sha256)) {
            read = in.readNBytes(head, 0, head.length);
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        CacheControl none = CacheControl.noStore();
        if (read < 5 || !"%PDF-".equals(new String(head, java.nio.charset.StandardCharsets.US_ASCII))) {
            return refusal(accept, HttpStatus.BAD_REQUEST, "file: is not a PDF", none, "verify",
                    Map.of("outcome", "NOT_PDF"));
        }
        String hex = HexFormat.of().formatHex(sha256.digest());
        Map<String, Object> model = new HashMap<>();
        model.put("sha256", hex);
        var notice = disclosures.publicNoticeByDigest(hex);
        model.put("outcome", notice.isPresent() ? "GENUINE" : "UNKNOWN");
        notice.ifPresent(n -> model.put("notice", n));
        if (notice.isEmpty()) {
            return refusal(accept, HttpStatus.NOT_FOUND, "No published notice has the SHA-256 " + hex
                    + ": the file was altered, or never published", none, "verify", model);
        }
        return html(HttpStatus.OK, none, "verify", model);
    }

    /**
     * The result JSON of an analysis a published notice cites, byte for byte as its SHA-256 was computed
     * (RFC 8785 canonical JSON): immutable, so cached like the PDF.
     */
    @GetMapping("/public/notices/{reference}/analyses/{digest}.json")
    ResponseEntity<InputStreamResource> analysisResult(@PathVariable String reference, @PathVariable String digest)
            throws IOException {
        PublicNotice notice = published(reference);
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new NotFound("No analysis " + digest.replaceAll("[^0-9A-Za-z]", "?") + " in notice " + reference);
        }
        java.io.InputStream bytes = disclosures.citedResult(notice, digest)
                .orElseThrow(() -> new NotFound("Notice " + reference + " cites no analysis with result " + digest));
        return ResponseEntity.ok().cacheControl(PDF).eTag(digest).contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + reference + "-" + digest.substring(0, 12)
                        + ".json\"")
                .header("X-Content-SHA256", digest).body(new InputStreamResource(bytes));
    }

    /** Every key that signed the chain, with the period it signed: what a signature is checked against. */
    @GetMapping("/public/keys")
    ResponseEntity<String> keys() {
        var keys = queries.query(new org.glassbox.api.audit.FindSigningKeys(),
                ResponseTypes.multipleInstancesOf(org.glassbox.api.audit.SigningKeyPeriod.class)).join();
        return html(HttpStatus.OK, LISTS, "keys", Map.of("keys", keys));
    }

    /** What a method does, its parameters and defaults, and how to check a result it gave. */
    @GetMapping("/public/methods/{id}")
    ResponseEntity<String> method(@PathVariable String id) {
        var method = org.glassbox.analysis.methods.Methods.find(id)
                .orElseThrow(() -> new NotFound("No method " + id.replaceAll("[^0-9A-Za-z]", "?")));
        return html(HttpStatus.OK, NOTICE, "method", Map.of("method", method));
    }

    /**
     * The signed chain head as a file, for a visitor who keeps it to check a later export against: what a
     * notice's record was at that moment, under the exchange's key.
     */
    @GetMapping(value = "/public/chain-head.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> chainHead() {
        SignedChainHead head = queries.query(new FindLatestChainCheckpoint(),
                ResponseTypes.optionalInstanceOf(SignedChainHead.class)).join()
                .orElseThrow(() -> new NotFound("No checkpoint of the record has been signed yet"));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("position", head.position());
        body.put("digest", head.digest());
        body.put("signedAt", head.signedAt().toString());
        body.put("message", head.message());
        body.put("signature", head.signature());
        body.put("algorithm", "Ed25519");
        body.put("keyId", head.keyId());
        body.put("publicKey", head.publicKey());
        return ResponseEntity.ok().cacheControl(LISTS).header("Content-Disposition",
                "attachment; filename=\"glassbox-chain-head-" + head.position() + ".json\"").body(body);
    }

    /** Any other address under /public: nothing is there. */
    @GetMapping("/public/**")
    ResponseEntity<?> nothingHere() {
        throw new NotFound("Nothing is published at this address");
    }

    /** An unknown notice, method or address: a page a person can read, or problem+json for a program. */
    @ExceptionHandler(NotFound.class)
    ResponseEntity<?> notFound(NotFound missing, jakarta.servlet.http.HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).contentType(HTML)
                    .body(pages.problem("Not found", missing.getMessage() + ". It may have been mistyped; every "
                            + "notice the exchange has published is listed on the notices page."));
        }
        return refusal(accept, HttpStatus.NOT_FOUND, missing.getMessage(), CacheControl.noStore(), null, Map.of());
    }

    private PublicNotice published(String reference) {
        return disclosures.publicNotice(reference).orElseThrow(() -> new NotFound("No published notice " + reference));
    }

    /**
     * A refusal on a public page: the page itself, with its message, for a browser; a problem+json for
     * any other client, like every other refusal Glassbox answers.
     */
    private ResponseEntity<?> refusal(String accept, HttpStatus status, String detail, CacheControl cache,
            String page, Map<String, Object> model) {
        if (accept != null && accept.contains("text/html")) {
            return html(status, cache, page, model);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : status.getReasonPhrase());
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<String> html(HttpStatus status, CacheControl cache, String page, Map<String, Object> model) {
        return ResponseEntity.status(status).cacheControl(cache).contentType(HTML).body(pages.render(page, model));
    }
}
