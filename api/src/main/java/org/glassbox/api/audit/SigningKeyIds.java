package org.glassbox.api.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signing key's id: the first 16 hex digits of the SHA-256 of its public key (base64 X.509), so
 * anyone holding the public key can compute the id, and the id names exactly one key.
 */
public final class SigningKeyIds {
    private SigningKeyIds() {
    }

    public static String of(String publicKeyBase64) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKeyBase64));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            return "not-a-key";
        }
    }
}
