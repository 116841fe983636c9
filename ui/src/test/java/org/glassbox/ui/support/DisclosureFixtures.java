package org.glassbox.ui.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.ui.security.StaffAccounts;

/** A case with something to disclose: a substantiated finding, an executed freeze, evidence of both kinds. */
public final class DisclosureFixtures {
    private DisclosureFixtures() {
    }

    /** What a test needs to know of the case: the raw account and the internal item must never be published. */
    public record ReadyCase(String caseId, String reference, String account, String freezeId, String internalTitle,
            String disclosableTitle) {
    }

    public static ReadyCase caseReadyToDisclose(CommandGateway commands, StaffAccounts staff, EvidenceIntake intake)
            throws IOException {
        String account = FreezeFixtures.account();
        var c = FreezeFixtures.openCase(commands, staff, account);
        for (Confidentiality confidentiality : Confidentiality.values()) {
            StoredBlob blob = intake.receive(new ByteArrayInputStream(("report " + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8)), "report.txt");
            TestCommands.as(commands, staff, "investigator", new SubmitEvidence(UUID.randomUUID().toString(),
                    c.caseId(), EvidenceKind.ANALYSIS, confidentiality + " report " + c.reference(), null,
                    "surveillance", "investigator", Instant.parse("2026-03-09T09:00:00Z"), confidentiality,
                    Set.of(Behaviour.POST_LISTING_DUMP), blob));
        }
        TestCommands.as(commands, staff, "investigator", new SubstantiateAllegation(c.caseId(),
                Behaviour.POST_LISTING_DUMP, "sold after listing"));
        String freezeId = UUID.randomUUID().toString();
        TestCommands.as(commands, staff, "investigator", new RequestAccountFreeze(freezeId, c.caseId(),
                List.of(account), FreezeScope.FULL, List.of(new HeldAmount("USDT", new BigDecimal("5000000"))),
                "proceeds", Urgency.ROUTINE, Instant.now().plus(30, ChronoUnit.DAYS)));
        TestCommands.as(commands, staff, "supervisor", new ApproveAccountFreeze(freezeId, null));
        return new ReadyCase(c.caseId(), c.reference(), account, freezeId, "INTERNAL report " + c.reference(),
                "DISCLOSABLE report " + c.reference());
    }
}
