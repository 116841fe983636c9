package org.glassbox.command.evidence;

import static org.glassbox.command.evidence.EvidenceFixtures.BLOB;
import static org.glassbox.command.evidence.EvidenceFixtures.BYTES;
import static org.glassbox.command.evidence.EvidenceFixtures.CASE;
import static org.glassbox.command.evidence.EvidenceFixtures.DIGEST;
import static org.glassbox.command.evidence.EvidenceFixtures.ITEM;
import static org.glassbox.command.evidence.EvidenceFixtures.submitted;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceAccess;
import org.glassbox.api.evidence.EvidenceAccessed;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceIntegrityFailed;
import org.glassbox.api.evidence.EvidenceIntegrityVerified;
import org.glassbox.api.evidence.EvidenceLinkedToAllegation;
import org.glassbox.api.evidence.EvidenceReclassified;
import org.glassbox.api.evidence.EvidenceUnlinkedFromAllegation;
import org.glassbox.api.evidence.ExcludeEvidence;
import org.glassbox.api.evidence.LinkEvidenceToAllegation;
import org.glassbox.api.evidence.ReclassifyEvidence;
import org.glassbox.api.evidence.RecordEvidenceAccess;
import org.glassbox.api.evidence.UnlinkEvidenceFromAllegation;
import org.glassbox.api.evidence.VerifyEvidence;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every evidence item command: custody records, exclusion, links, reclassification, verification. */
class EvidenceItemTest {
    static final Map<String, Object> ALICE = as("alice", Role.INVESTIGATOR);
    static final Map<String, Object> BOB = as("bob", Role.INVESTIGATOR);
    static final Map<String, Object> SUSAN = as("susan", Role.SUPERVISOR);
    static final Map<String, Object> AUDREY = as("audrey", Role.AUDITOR);
    static final Map<String, Object> CAROL = as("carol", Role.COMMUNICATIONS);
    static final Map<String, Object> SCHEDULE = as("glassbox-verifier", Role.SYSTEM);

    FixtureConfiguration<EvidenceItem> fixture;
    EvidenceFixtures.MutableCaseFacts cases;
    EvidenceFixtures.MemoryBlobStore blobs;

    static Map<String, Object> as(String user, Role role) {
        return Map.of(MetaDataKeys.USER_ID, user, MetaDataKeys.USER_ROLES, role.name());
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EvidenceItem.class);
        cases = new EvidenceFixtures.MutableCaseFacts();
        blobs = new EvidenceFixtures.MemoryBlobStore();
        blobs.blobs.put(BLOB.address(), BYTES.clone());
        fixture.registerInjectableResource(cases);
        fixture.registerInjectableResource(blobs);
    }

    @Nested
    class ChainOfCustody {
        @Test
        void everyReadOfTheBytesIsRecordedWithItsPurpose() {
            fixture.given(submitted()).when(new RecordEvidenceAccess(ITEM, EvidenceAccess.DOWNLOAD, "court bundle"), AUDREY)
                    .expectEvents(new EvidenceAccessed(ITEM, CASE, EvidenceAccess.DOWNLOAD, "court bundle"));
        }

        @Test
        void communicationsMayReadADisclosableItem() {
            fixture.given(submitted(), new EvidenceReclassified(ITEM, CASE, Confidentiality.INTERNAL,
                            Confidentiality.DISCLOSABLE, "for the notice"))
                    .when(new RecordEvidenceAccess(ITEM, EvidenceAccess.PREVIEW, "draft notice"), CAROL)
                    .expectEvents(new EvidenceAccessed(ITEM, CASE, EvidenceAccess.PREVIEW, "draft notice"));
        }

        @Test
        void communicationsMayNotReadAnInternalItem() {
            fixture.given(submitted()).when(new RecordEvidenceAccess(ITEM, EvidenceAccess.DOWNLOAD, "curious"), CAROL)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void communicationsMayNotReadAnExcludedItemEvenIfDisclosable() {
            fixture.given(submitted(), new EvidenceReclassified(ITEM, CASE, Confidentiality.INTERNAL,
                            Confidentiality.DISCLOSABLE, "r"), new EvidenceExcluded(ITEM, CASE, "wrong period"))
                    .when(new RecordEvidenceAccess(ITEM, EvidenceAccess.DOWNLOAD, "notice"), CAROL)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void bytesThatFailedTheirIntegrityCheckAreNotServed() {
            fixture.given(submitted(), new EvidenceIntegrityFailed(ITEM, CASE, DIGEST, null, "missing"))
                    .when(new RecordEvidenceAccess(ITEM, EvidenceAccess.DOWNLOAD, "audit"), AUDREY)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anUnauthenticatedReadIsRefused() {
            fixture.given(submitted()).when(new RecordEvidenceAccess(ITEM, EvidenceAccess.DOWNLOAD, "x"))
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class Exclusion {
        @Test
        void theAssigneeExcludesAnItemWithAReason() {
            fixture.given(submitted()).when(new ExcludeEvidence(ITEM, "wrong trading period"), ALICE)
                    .expectEvents(new EvidenceExcluded(ITEM, CASE, "wrong trading period"));
        }

        @Test
        void excludingTwiceIsRejected() {
            fixture.given(submitted(), new EvidenceExcluded(ITEM, CASE, "r"))
                    .when(new ExcludeEvidence(ITEM, "again"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anotherInvestigatorMayNotExclude() {
            fixture.given(submitted()).when(new ExcludeEvidence(ITEM, "r"), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void evidenceOfAClosedCaseIsFrozen() {
            cases.current = EvidenceFixtures.closedCase();
            fixture.given(submitted()).when(new ExcludeEvidence(ITEM, "r"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void auditorsMayNotExclude() {
            fixture.given(submitted()).when(new ExcludeEvidence(ITEM, "r"), AUDREY)
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class Links {
        @Test
        void theAssigneeLinksTheItemToAnotherAllegationOfTheCase() {
            fixture.given(submitted())
                    .when(new LinkEvidenceToAllegation(ITEM, Behaviour.POST_LISTING_DUMP, "shows the dump too"), ALICE)
                    .expectEvents(new EvidenceLinkedToAllegation(ITEM, CASE, Behaviour.POST_LISTING_DUMP,
                            "shows the dump too"));
        }

        @Test
        void anExcludedItemCannotBeLinked() {
            fixture.given(submitted(), new EvidenceExcluded(ITEM, CASE, "r"))
                    .when(new LinkEvidenceToAllegation(ITEM, Behaviour.POST_LISTING_DUMP, null), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void linkingToAnAllegationTheCaseDoesNotMakeIsRejected() {
            fixture.given(submitted()).when(new LinkEvidenceToAllegation(ITEM, Behaviour.SPOOFING, null), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void linkingTwiceIsRejected() {
            fixture.given(submitted()).when(new LinkEvidenceToAllegation(ITEM, Behaviour.WASH_TRADING, null), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void unlinkingNeedsAReasonAndALink() {
            fixture.given(submitted())
                    .when(new UnlinkEvidenceFromAllegation(ITEM, Behaviour.WASH_TRADING, "counterparties distinct"),
                            SUSAN)
                    .expectEvents(new EvidenceUnlinkedFromAllegation(ITEM, CASE, Behaviour.WASH_TRADING,
                            "counterparties distinct"));
            fixture.given(submitted())
                    .when(new UnlinkEvidenceFromAllegation(ITEM, Behaviour.POST_LISTING_DUMP, "never was"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Reclassification {
        @Test
        void aSupervisorMakesAnItemDisclosable() {
            fixture.given(submitted())
                    .when(new ReclassifyEvidence(ITEM, Confidentiality.DISCLOSABLE, "needed in the notice"), SUSAN)
                    .expectEvents(new EvidenceReclassified(ITEM, CASE, Confidentiality.INTERNAL,
                            Confidentiality.DISCLOSABLE, "needed in the notice"));
        }

        @Test
        void onlyASupervisorReclassifies() {
            fixture.given(submitted()).when(new ReclassifyEvidence(ITEM, Confidentiality.DISCLOSABLE, "r"), ALICE)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void reclassifyingToTheSameConfidentialityIsRejected() {
            fixture.given(submitted()).when(new ReclassifyEvidence(ITEM, Confidentiality.INTERNAL, "r"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anExcludedItemCannotBeReclassified() {
            fixture.given(submitted(), new EvidenceExcluded(ITEM, CASE, "r"))
                    .when(new ReclassifyEvidence(ITEM, Confidentiality.DISCLOSABLE, "r"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Verification {
        @Test
        void intactBytesAreRecordedAsVerified() {
            fixture.given(submitted()).when(new VerifyEvidence(ITEM), SCHEDULE)
                    .expectEvents(new EvidenceIntegrityVerified(ITEM, CASE, DIGEST, BYTES.length));
        }

        @Test
        void changedBytesAreCaught() {
            byte[] tampered = "time,account,side,qty\nX".getBytes(StandardCharsets.UTF_8);
            blobs.blobs.put(BLOB.address(), tampered);
            fixture.given(submitted()).when(new VerifyEvidence(ITEM), AUDREY)
                    .expectEvents(new EvidenceIntegrityFailed(ITEM, CASE, DIGEST, EvidenceFixtures.digest(tampered),
                            "the stored bytes changed: " + tampered.length + " bytes with another digest"));
        }

        @Test
        void missingBytesAreCaught() {
            blobs.blobs.clear();
            fixture.given(submitted()).when(new VerifyEvidence(ITEM), AUDREY)
                    .expectEvents(new EvidenceIntegrityFailed(ITEM, CASE, DIGEST, null,
                            "the stored bytes are missing from the memory store"));
        }

        @Test
        void restoredBytesAreServedAgain() {
            fixture.given(submitted(), new EvidenceIntegrityFailed(ITEM, CASE, DIGEST, null, "missing"),
                            new EvidenceIntegrityVerified(ITEM, CASE, DIGEST, BYTES.length))
                    .when(new RecordEvidenceAccess(ITEM, EvidenceAccess.DOWNLOAD, "audit"), AUDREY)
                    .expectEvents(new EvidenceAccessed(ITEM, CASE, EvidenceAccess.DOWNLOAD, "audit"));
        }

        @Test
        void communicationsMayNotVerify() {
            fixture.given(submitted()).when(new VerifyEvidence(ITEM), CAROL)
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }
}
