package org.glassbox.command.audit;

import java.nio.charset.StandardCharsets;
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

/** Ed25519 signatures over chain checkpoints (the JDK's own implementation). */
public final class ChainSigner {
    private final PrivateKey privateKey;
    private final String publicKey;

    private ChainSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** From a base64 PKCS#8 private key and its base64 X.509 public key, as configured. */
    public static ChainSigner of(String privateKeyBase64, String publicKeyBase64) {
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            return new ChainSigner(keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(
                    privateKeyBase64.strip()))), keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                            .decode(publicKeyBase64.strip()))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The chain signing key is not a base64 Ed25519 key pair: " + e.getMessage(),
                    e);
        }
    }

    /** A key pair made now, for a demo or a test: checkpoints it signs prove nothing after a restart. */
    public static ChainSigner ephemeral() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new ChainSigner(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String publicKey() {
        return publicKey;
    }

    public String sign(String message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
}
