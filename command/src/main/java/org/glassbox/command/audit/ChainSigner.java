package org.glassbox.command.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.glassbox.api.audit.SigningKeyIds;

/**
 * Ed25519 signatures over chain checkpoints and exports (the JDK's own implementation), with the key
 * that makes them mean something: given in configuration, or else generated once and kept in a file
 * only its owner may read ({@link #kept(Path)}), so a restart signs with the same key. A kept key can
 * be rotated: the new key replaces it in the file, the old one is kept beside it under {@code retired/}.
 * Every node that shares the key directory signs with the key in the file as it is now.
 */
public final class ChainSigner {
    static final String KEY_FILE = "chain-signing-key";
    private final Path file;
    private volatile Key key;

    private record Key(PrivateKey privateKey, String publicKey, String keyId, FileTime modified) {
    }

    private ChainSigner(Path file, Key key) {
        this.file = file;
        this.key = key;
    }

    /** From a base64 PKCS#8 private key and its base64 X.509 public key, as configured. */
    public static ChainSigner of(String privateKeyBase64, String publicKeyBase64) {
        return new ChainSigner(null, parse(privateKeyBase64, publicKeyBase64, null));
    }

    /** A key pair made now, for a test: checkpoints it signs prove nothing after a restart. */
    public static ChainSigner ephemeral() {
        KeyPair pair = generate();
        return new ChainSigner(null, new Key(pair.getPrivate(), encode(pair.getPublic()),
                SigningKeyIds.of(encode(pair.getPublic())), null));
    }

    /** The key kept in {@code directory}, made and written there (owner-readable only) if there is none yet. */
    public static ChainSigner kept(Path directory) {
        Path file = directory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                createPrivateDirectory(directory);
                // Written aside, then linked into place: of two nodes starting at once on one directory,
                // one key wins and both use it.
                Path made = directory.resolve(KEY_FILE + "." + ProcessHandle.current().pid() + ".new");
                Files.deleteIfExists(made);
                write(made, generate());
                try {
                    Files.createLink(file, made);
                } catch (FileAlreadyExistsException e) {
                    // the other node's key is the one
                } finally {
                    Files.deleteIfExists(made);
                }
            }
            return new ChainSigner(file, read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("The chain signing key in " + directory + " cannot be read or made", e);
        }
    }

    /** Whether this key came from a file Glassbox keeps (and may rotate), not from configuration. */
    public boolean isKept() {
        return file != null;
    }

    /**
     * Makes a new key, writes it where the current one was and keeps the current one under
     * {@code retired/<key id>}; answers the new key's id. Refused for a configured key: the
     * configuration is where that one changes.
     */
    public synchronized String rotate() {
        if (file == null) {
            throw new IllegalStateException("The signing key comes from configuration (glassbox.audit.signing-key):"
                    + " rotate it there and restart");
        }
        try {
            Key old = current();
            Path retired = file.resolveSibling("retired");
            createPrivateDirectory(retired);
            Files.copy(file, retired.resolve(old.keyId()), StandardCopyOption.REPLACE_EXISTING);
            Path next = file.resolveSibling(KEY_FILE + ".new");
            Files.deleteIfExists(next);
            write(next, generate());
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
            key = read(file);
            return key.keyId();
        } catch (IOException e) {
            throw new UncheckedIOException("The chain signing key could not be rotated", e);
        }
    }

    public String publicKey() {
        return current().publicKey();
    }

    public String keyId() {
        return current().keyId();
    }

    public String sign(String message) {
        try {
            return sign(current().privateKey(), message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as it is now: another node sharing the directory may have rotated it. */
    private Key current() {
        Key now = key;
        if (file != null) {
            try {
                if (!Files.getLastModifiedTime(file).equals(now.modified())) {
                    synchronized (this) {
                        now = key = read(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The chain signing key " + file + " cannot be read", e);
            }
        }
        return now;
    }

    /** Checks a signature with only the public key: what an outsider does. */
    public static boolean verifies(String message, String signatureBase64, String publicKeyBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(publicKeyBase64))));
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Key parse(String privateKeyBase64, String publicKeyBase64, FileTime modified) {
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(
                    privateKeyBase64.strip())));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(publicKeyBase64.strip())));
            String encoded = encode(publicKey);
            if (!verifies("glassbox-key-check", sign(privateKey, "glassbox-key-check"), encoded)) {
                throw new IllegalStateException("The chain signing key's private and public halves do not match");
            }
            return new Key(privateKey, encoded, SigningKeyIds.of(encoded), modified);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The chain signing key is not a base64 Ed25519 key pair: " + e.getMessage(),
                    e);
        }
    }

    private static String sign(PrivateKey key, String message) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(message.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private static Key read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.size() < 2) {
            throw new IOException(file + " does not hold a private and a public key");
        }
        return parse(lines.get(0), lines.get(1), Files.getLastModifiedTime(file));
    }

    /** Two lines: the base64 PKCS#8 private key, then the base64 X.509 public key; readable by its owner only. */
    private static void write(Path file, KeyPair pair) throws IOException {
        String text = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + encode(pair.getPublic()) + "\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }
}
