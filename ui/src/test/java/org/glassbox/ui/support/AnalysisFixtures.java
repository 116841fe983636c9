package org.glassbox.ui.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.glassbox.analysis.generator.MarketDataGenerator;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.evidence.EvidenceService;
import org.glassbox.ui.security.StaffAccounts;

import org.axonframework.commandhandling.gateway.CommandGateway;

/** A case about the generator's market maker with the generated market as its evidence. */
public final class AnalysisFixtures {
    public static final Actor INVESTIGATOR = new Actor("investigator", Set.of(Role.INVESTIGATOR));

    /** The case, its market data items by kind and the generator's files. */
    public record MarketCase(String caseId, String reference, Map<EvidenceKind, String> items,
            MarketDataGenerator.Written files) {
    }

    private AnalysisFixtures() {
    }

    public static MarketCase marketCase(CommandGateway commands, StaffAccounts staff, EvidenceService evidence,
            long seed, int trades) throws IOException {
        FlaggedCase c = TestCommands.as(commands, staff, "investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(TestCommands.unique("mm"), "Northwind Liquidity"), MarketDataGenerator.CASE_ACCOUNTS,
                List.of(MarketDataGenerator.SYMBOL), Set.of(Behaviour.WASH_TRADING, Behaviour.POST_LISTING_DUMP),
                "Dump after listing", Severity.HIGH, CaseSource.manual()));
        TestCommands.as(commands, staff, "supervisor", new AssignCase(c.caseId(), "investigator"));
        TestCommands.as(commands, staff, "investigator", new StartInvestigation(c.caseId()));
        Path dir = Files.createTempDirectory("glassbox-it-market");
        MarketDataGenerator.Written files = MarketDataGenerator.write(MarketDataGenerator.Options.of(seed, trades), dir);
        Map<EvidenceKind, String> items = new java.util.EnumMap<>(EvidenceKind.class);
        TestCommands.await("the read side shows the investigation started", () -> {
            try {
                return evidence.maySubmit(INVESTIGATOR, caseOf(evidence, c.caseId()));
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        for (EvidenceKind kind : List.of(EvidenceKind.TRADE_EXPORT, EvidenceKind.ACCOUNT_LINKS,
                EvidenceKind.ORDER_EVENTS, EvidenceKind.KPI_TERMS)) {
            Path file = switch (kind) {
                case TRADE_EXPORT -> files.trades();
                case ACCOUNT_LINKS -> files.accountLinks();
                case ORDER_EVENTS -> files.orderEvents();
                default -> files.kpiTerms();
            };
            items.put(kind, submit(commands, staff, evidence, c.caseId(), kind, file));
        }
        return new MarketCase(c.caseId(), c.reference(), items, files);
    }

    /** The generator's ground truth of the case's market. */
    public static com.fasterxml.jackson.databind.JsonNode truth(MarketCase market) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(market.files().groundTruth().toFile());
    }

    /** Reads the file in as the investigator would upload it, and records it as evidence of the case. */
    public static String submit(CommandGateway commands, StaffAccounts staff, EvidenceService evidence, String caseId,
            EvidenceKind kind, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var received = evidence.receive(INVESTIGATOR, caseId,
                    new EvidenceService.Upload(file.getFileName().toString(), in), kind);
            org.glassbox.api.evidence.SubmittedEvidence done = TestCommands.as(commands, staff, "investigator",
                    new SubmitEvidence(UUID.randomUUID().toString(), caseId, kind, kind + " " + file.getFileName(),
                            null, "matching engine", "investigator", Instant.parse("2025-03-11T09:00:00Z"),
                            Confidentiality.INTERNAL, Set.of(), received.blob(), received.profile()));
            return done.itemId();
        }
    }

    private static org.glassbox.api.cases.CaseDetail caseOf(EvidenceService evidence, String caseId) {
        return evidence.caseDetail(INVESTIGATOR, caseId);
    }
}
