package org.glassbox.ui.bench;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.disclosure.Disclosure;
import org.glassbox.command.disclosure.NoticeRenderer;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.ui.disclosure.DisclosureService;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.DemoAnalyses;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpServer;

/**
 * Notice rendering (p50/p99 over 200 warm renders of a published notice's content) beside the floor
 * of PDFBox itself (a one-line page saved), and the public notice page's throughput on loopback beside
 * a bare JDK HTTP server answering the same bytes. Runs only with {@code ./mvnw -Pbench verify}.
 */
class DisclosureBenchmark extends IntegrationTest {
    @Autowired
    EvidenceIntake intake;
    @Autowired
    DisclosureService disclosures;
    @Autowired
    NoticeRenderer renderer;

    @Test
    void measureRenderingAndPublicPageThroughput() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        var c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        await("the case's facts show", () -> get("auditor", "/api/v1/freezes/" + c.freezeId()).body()
                .contains("EXECUTED") && get("auditor", "/api/v1/cases/" + c.caseId()).body().contains("SUBSTANTIATED")
                && get("auditor", "/api/v1/cases/" + c.caseId() + "/evidence").body().contains("DISCLOSABLE"));
        Actor investigator = new Actor("investigator", Set.of(Role.INVESTIGATOR));
        String created = post("investigator", "/api/v1/cases/" + c.caseId() + "/disclosures", """
                {"period":"4-8 March 2026","volume":"about 70M GPS (~$5M)","shareOfVolume":"62%","priceImpact":"-31%",
                 "compensation":"Users compensated","offboarded":true}""").body();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        as("investigator", new org.glassbox.api.disclosure.SubmitDisclosureForApproval(id));
        as("supervisor", new org.glassbox.api.disclosure.ApproveDisclosure(id, null));
        String reference = as("communications", new org.glassbox.api.disclosure.PublishDisclosure(id));
        await("the notice is public", () -> get(null, "/public/notices/" + reference).statusCode() == 200);
        var published = disclosures.require(investigator, id);

        var notice = new NoticeRenderer.Notice(reference, new Disclosure.Publication(published.disclosureId(),
                published.caseId(), published.kind(), published.supersedes(), published.facts(), published.text(),
                Instant.parse("2026-03-09T12:00:00Z")), null, "https://notices.example/public/notices/" + reference);
        long[] render = time(220, 20, () -> renderer.render(notice));
        long[] floor = time(220, 20, DisclosureBenchmark::minimalPdf);

        String url = "http://localhost:" + port + "/public/notices/" + reference;
        byte[] page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        double pageRate = throughput(url, 4, 4000);
        HttpServer bare = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bare.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        bare.setExecutor(Executors.newFixedThreadPool(4));
        bare.start();
        double bareRate = throughput("http://127.0.0.1:" + bare.getAddress().getPort() + "/", 4, 4000);
        bare.stop(0);

        List<String> report = new ArrayList<>();
        report.add("");
        report.add("7. Public notices");
        report.add("   notice render (%d bytes PDF/A-3b, 200 warm renders): p50 %.1f ms   p99 %.1f ms".formatted(
                renderer.render(notice).length, ms(render, 0.5), ms(render, 0.99)));
        report.add("   floor (PDFBox: one page, one line, saved): p50 %.1f ms   p99 %.1f ms".formatted(ms(floor, 0.5),
                ms(floor, 0.99)));
        report.add(("   public notice page, 4 client threads on loopback: %.0f requests/s   ceiling (bare JDK HTTP "
                + "server, same %d bytes): %.0f requests/s   ratio %.2f").formatted(pageRate, page.length, bareRate,
                        pageRate / bareRate));
        System.out.println(String.join("\n", report));
        Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", report) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void minimalPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                out.newLineAtOffset(50, 700);
                out.showText("Public notice");
                out.endText();
            }
            doc.save(new ByteArrayOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long[] time(int runs, int warmUp, Runnable work) {
        long[] micros = new long[runs - warmUp];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            if (i >= warmUp) {
                micros[i - warmUp] = (System.nanoTime() - start) / 1000;
            }
        }
        Arrays.sort(micros);
        return micros;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }

    /** Requests per second for the given number of GETs spread over the threads (after a short warm-up). */
    private static double throughput(String url, int threads, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        for (int i = 0; i < 200; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(requests);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                while (left.decrementAndGet() >= 0) {
                    HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("answered " + r.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return requests / seconds;
    }
}
