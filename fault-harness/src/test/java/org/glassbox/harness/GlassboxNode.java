package org.glassbox.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Glassbox node: the production jar as a process of its own (profile demo, for its users and cases),
 * on the harness's database, evidence directory and key directory, driven over HTTP. It can be killed
 * (SIGKILL: no shutdown hook, no flush) and started again on the same port.
 */
final class GlassboxNode implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("harness.jar", "../ui/target/glassbox.jar"));
    static final String JAVA = System.getProperty("harness.java", "java");
    static final Path WORK = Path.of(System.getProperty("harness.work", "target/harness"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Path log;
    private Process process;
    private int starts;

    GlassboxNode(String name, HarnessDatabase db, Path evidence, Path keys, URI accountSystem) throws IOException {
        this.name = name;
        this.port = freePort();
        Files.createDirectories(WORK);
        this.log = WORK.resolve(name + ".log");
        Files.deleteIfExists(log);
        settings.put("server.port", String.valueOf(port));
        settings.put("spring.profiles.active", "demo");
        settings.put("glassbox.db.url", db.url());
        settings.put("glassbox.db.user", db.app);
        settings.put("glassbox.db.owner-user", db.owner);
        settings.put("glassbox.evidence.local-dir", evidence.toString());
        settings.put("glassbox.evidence.spool-dir", evidence.resolveSibling(name + "-spool").toString());
        settings.put("glassbox.keys-dir", keys.toString());
        settings.put("glassbox.node-name", name);
        settings.put("glassbox.freeze.account-system.url", accountSystem.toString());
        // Quick retries, so a freeze interrupted by a kill is carried out within the run.
        settings.put("glassbox.freeze.retry-first", "PT2S");
        settings.put("glassbox.freeze.account-system.circuit-open-for", "PT2S");
        settings.put("glassbox.analysis.work-dir", WORK.resolve(name + "-analysis").toString());
        settings.put("glassbox.security.login.max-failures-per-address", "100000");
    }

    /** A fresh directory under the harness's work directory for one scenario's stores. */
    static Path home(String scenario) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(WORK), scenario + "-");
    }

    /** A setting for the next start (a Spring property). */
    GlassboxNode with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-jar", JAR.toAbsolutePath().toString()));
        settings.forEach((k, v) -> command.add("--" + k + "=" + v));
        starts++;
        Files.writeString(log, "=== start " + starts + " at " + Instant.now() + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the node answers (and, on its first start, until the demo data is complete). */
    Duration awaitReady(Duration within) throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (answers() && (!firstStartSeeds || starts > 1 || Files.readString(log).contains("Demo data:"))) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " was not ready within " + within + "; see " + log);
    }

    /** Whether the demo data is made by this node's first start (false for a node joining a seeded database). */
    boolean firstStartSeeds = true;

    boolean answers() {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(uri("/public/notices")).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGTERM: a graceful stop. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
