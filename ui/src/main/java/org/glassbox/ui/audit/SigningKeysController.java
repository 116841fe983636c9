package org.glassbox.ui.audit;

import org.glassbox.command.audit.ChainSigner;
import org.glassbox.ui.security.CurrentActor;
import org.glassbox.command.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN: the key that signs the chain, and its rotation. A rotation is a handover the record shows:
 * the old key signs the head one last time, and the new key signs the head at once after (the same
 * head, or the one that already chains the old key's last checkpoint), so the two checkpoints side by
 * side show the new key took over from the old; both are on the public registry.
 */
@RestController
class SigningKeysController {
    private static final Logger log = LoggerFactory.getLogger(SigningKeysController.class);
    private final ChainSigner signer;
    private final ChainCheckpointSchedule.Signing signing;

    SigningKeysController(ChainSigner signer, ChainCheckpointSchedule.Signing signing) {
        this.signer = signer;
        this.signing = signing;
    }

    record CurrentKey(String keyId, String publicKey, boolean kept) {
    }

    record Rotation(String previousKeyId, String keyId, boolean handoverSigned) {
    }

    @GetMapping("/api/v1/admin/signing-keys/current")
    CurrentKey current() {
        return new CurrentKey(signer.keyId(), signer.publicKey(), signer.isKept());
    }

    @PostMapping("/api/v1/admin/signing-keys/rotate")
    synchronized Rotation rotate() {
        if (!signer.isKept()) {
            throw new RuleViolation("key-configured", "The signing key comes from configuration"
                    + " (glassbox.audit.signing-key): rotate it there and restart");
        }
        String admin = CurrentActor.require().userId();
        String previous = signer.keyId();
        boolean handover = signing.signAs("glassbox-key-rotation", "last checkpoint of key " + previous
                + " before its rotation by " + admin);
        String next = signer.rotate();
        signing.signAs("glassbox-key-rotation", "first checkpoint of key " + next + ", rotated from " + previous
                + " by " + admin);
        log.warn("Chain signing key rotated by {}: {} retired, {} now signs", admin, previous, next);
        return new Rotation(previous, next, handover);
    }
}
