package org.glassbox.command.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an audit export offline, with nothing but the file and the exchange's public key: every
 * line's running digest, the line count and last digest in the manifest, and the manifest's Ed25519
 * signature. Run as {@code java -jar glassbox.jar verify <export.jsonl> <public key, base64>}.
 */
public final class ExportVerifier {
    static final byte[] GENESIS = new byte[32];
    private static final Pattern LINE = Pattern.compile("^(\\{.*),\"exportchain\":\"([0-9a-f]{64})\"}$");
    private static final Pattern MANIFEST = Pattern.compile(
            "^\\{\"manifest\":\\{\"lines\":(\\d+),\"lastExportChain\":\"([0-9a-f]{64})\",.*\"signature\":\"([^\"]+)\"}}$");

    private ExportVerifier() {
    }

    /** The verdict: ok, or the first line that fails and why. */
    public record Result(boolean ok, long line, String problem, long events) {
    }

    static byte[] link(byte[] previous, String body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(body.getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String manifestMessage(long lines, String lastChain) {
        return "glassbox-export|" + lines + "|" + lastChain;
    }

    public static Result verify(Path file, String publicKey) throws IOException {
        byte[] chain = GENESIS;
        long number = 0;
        long events = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                Matcher manifest = MANIFEST.matcher(line);
                if (manifest.matches()) {
                    String last = HexFormat.of().formatHex(chain);
                    if (Long.parseLong(manifest.group(1)) != events || !manifest.group(2).equals(last)) {
                        return new Result(false, number, "the manifest does not match the lines before it", events);
                    }
                    if (!ChainSigner.verifies(manifestMessage(events, last), manifest.group(3), publicKey)) {
                        return new Result(false, number, "the manifest's signature does not verify with this public key",
                                events);
                    }
                    return in.readLine() == null ? new Result(true, number, null, events)
                            : new Result(false, number + 1, "lines after the manifest", events);
                }
                Matcher event = LINE.matcher(line);
                if (!event.matches()) {
                    return new Result(false, number, "not an export line", events);
                }
                byte[] expected = link(chain, event.group(1));
                if (!HexFormat.of().formatHex(expected).equals(event.group(2))) {
                    return new Result(false, number, "its content does not match its digest: changed", events);
                }
                chain = expected;
                events++;
            }
        }
        return new Result(false, number, "no signed manifest at the end: the export is incomplete", events);
    }

    /** The command line: prints the verdict, exits 0 if the export is intact, 1 if not. */
    public static int run(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: java -jar glassbox.jar verify <export.jsonl> <public key, base64>");
            return 2;
        }
        try {
            Result result = verify(Path.of(args[1]), args[2]);
            System.out.println(result.ok() ? "OK: " + result.events() + " events, signed manifest verified"
                    : "FAILED at line " + result.line() + ": " + result.problem());
            return result.ok() ? 0 : 1;
        } catch (IOException e) {
            System.err.println("cannot read " + args[1] + ": " + e.getMessage());
            return 2;
        }
    }
}
