package org.glassbox.ui.demo;

import static org.glassbox.api.shared.Behaviour.KPI_BREACH;
import static org.glassbox.api.shared.Behaviour.LAYERING;
import static org.glassbox.api.shared.Behaviour.POST_LISTING_DUMP;
import static org.glassbox.api.shared.Behaviour.SPOOFING;
import static org.glassbox.api.shared.Behaviour.WASH_TRADING;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.ApproveClosure;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.ChangeSeverity;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.DismissAllegation;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.ReopenCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.disclosure.ApproveDisclosure;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DraftDisclosure;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.PublishDisclosure;
import org.glassbox.api.disclosure.SubmitDisclosureForApproval;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.ReclassifyEvidence;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.evidence.SubmittedEvidence;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.templates.notices.NoticeTemplates;
import org.glassbox.ui.security.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: the demo users (password "demo") and, on an empty event store, a handful of
 * cases against two market makers in every state, each step sent as the demo user who would take it,
 * so the history reads as real work. Without this profile no default user exists.
 */
@Component
@Profile("demo")
class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";
    private static final MarketMaker NORTHWIND = new MarketMaker("mm-7", "Northwind Liquidity");
    private static final MarketMaker HELIX = new MarketMaker("mm-12", "Helix Quant Markets");

    private final StaffAccounts staff;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final EvidenceIntake intake;
    private final java.time.Clock clock;
    private final NoticeTemplates notices;
    private final Map<String, String> digests = new java.util.HashMap<>();
    private final Map<String, String> references = new java.util.HashMap<>();
    /** The GPS case's market data items by kind, once created (the analyses run on them). */
    private Map<EvidenceKind, String> gpsMarket = Map.of();

    private final org.axonframework.queryhandling.QueryGateway queries;

    DemoData(StaffAccounts staff, CommandGateway commands, JdbcTemplate jdbc, EvidenceIntake intake,
            java.time.Clock clock, NoticeTemplates notices, org.axonframework.queryhandling.QueryGateway queries) {
        this.queries = queries;
        this.clock = clock;
        this.notices = notices;
        this.staff = staff;
        this.commands = commands;
        this.jdbc = jdbc;
        this.intake = intake;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        createUsers();
        Boolean empty = jdbc.queryForObject("SELECT NOT EXISTS (SELECT 1 FROM domain_event_entry)", Boolean.class);
        if (Boolean.TRUE.equals(empty)) {
            createCases();
            log.info("Demo data: 7 cases, evidence with the GPS market data and KPI terms, " + org.glassbox.analysis.methods.Methods.all().size() + " analyses, 2 freezes, 2 published notices and a correction waiting for approval;"
                    + " log in as investigator / demo");
        }
    }

    void createUsers() {
        Map<String, Role> users = Map.of("investigator", Role.INVESTIGATOR, "investigator2", Role.INVESTIGATOR,
                "supervisor", Role.SUPERVISOR, "supervisor2", Role.SUPERVISOR, "communications", Role.COMMUNICATIONS,
                "auditor", Role.AUDITOR, "admin", Role.ADMIN);
        users.forEach((name, role) -> staff.createIfAbsent(name, PASSWORD, displayName(name), Set.of(role)));
    }

    private void createCases() {
        // 1. FLAGGED, unassigned: a fresh surveillance alert.
        flag(HELIX, List.of("UID-300871", "UID-300872"), List.of("MOVEUSDT"), Set.of(SPOOFING, LAYERING),
                "Large bid walls on MOVEUSDT placed and cancelled within 400 ms, 1,900 times on 2026-11-20; "
                        + "price moved 3.1% before each cancellation wave.",
                Severity.HIGH, CaseSource.alert("SURV-2026-1412"));

        // 2. FLAGGED and assigned: a project team reports KPI breaches.
        String kpi = flag(NORTHWIND, List.of("UID-100234"), List.of("ZKJUSDT"), Set.of(KPI_BREACH),
                "The ZKJ project reports that the market maker's spread exceeded 2% on 11 of 30 days in October, "
                        + "against a 0.8% maximum in the KPI schedule.",
                Severity.MEDIUM, CaseSource.report("ZKJ project team"));
        as("supervisor", new AssignCase(kpi, "investigator2"));

        // 3. UNDER_INVESTIGATION: the GPS post-listing dump.
        String gps = flag(NORTHWIND, List.of("UID-100234", "UID-100235", "UID-100236"), List.of("GPSUSDT"),
                Set.of(POST_LISTING_DUMP, WASH_TRADING, Behaviour.KPI_BREACH),
                "About 70M GPS sold within hours of listing (~$5M) from accounts tied to the market maker; "
                        + "self-matched trades suspected to inflate volume before the sale; its quotes then broke the"
                        + " agreement's KPI terms.",
                Severity.HIGH, CaseSource.alert("SURV-2026-0318"));
        as("supervisor", new AssignCase(gps, "investigator"));
        as("investigator", new StartInvestigation(gps));
        as("investigator", new AddCaseNote(gps, "Trade export and order events for 7 to 10 March 2025 requested from"
                + " the matching engine team; account links from KYC."));
        as("investigator", new ChangeSeverity(gps, Severity.CRITICAL,
                "Same market maker also serves SHELL; users' losses likely above $5M"));
        gpsMarket = marketData(gps);
        evidence(gps, EvidenceKind.ANALYSIS, "Self-match report, GPSUSDT", "surveillance", "self-match.txt",
                "62% of GPS volume on 2026-03-05 matched between accounts of one beneficial owner.\n",
                Confidentiality.INTERNAL, WASH_TRADING);

        // The GPS proceeds frozen under four eyes (the simulated account system executes it), and a
        // further withdrawal freeze waiting for a supervisor.
        String proceeds = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(proceeds, gps, List.of("UID-100234", "UID-100235"),
                FreezeScope.FULL, List.of(new HeldAmount("USDT", new java.math.BigDecimal("5000000"))),
                "Proceeds of the GPS dump; users are to be compensated from them.", Urgency.URGENT,
                clock.instant().plus(java.time.Duration.ofDays(30))));
        as("supervisor2", new ApproveAccountFreeze(proceeds, "Proportionate: the dump is documented in the fills."));
        as("investigator", new RequestAccountFreeze(UUID.randomUUID().toString(), gps, List.of("UID-100236"),
                FreezeScope.WITHDRAWAL, List.of(), "The third account received 40M GPS just before the sale.",
                Urgency.ROUTINE, clock.instant().plus(java.time.Duration.ofDays(14))));

        // The GPS market analysed (every method), the dump substantiated on D1's figures, and a notice citing it.
        Map<String, String> runs = analyse(gps);
        as("investigator", new org.glassbox.api.analysis.LinkAnalysisToAllegation(runs.get("W1"), WASH_TRADING,
                "Self- and same-owner trades of the market maker's accounts"));
        as("investigator", new org.glassbox.api.analysis.LinkAnalysisToAllegation(runs.get("D1"), POST_LISTING_DUMP,
                "70M GPS sold in the day after listing, no buy order"));
        as("investigator", new org.glassbox.api.analysis.LinkAnalysisToAllegation(runs.get("K1"), Behaviour.KPI_BREACH,
                "The market maker's own quotes, rebuilt from every order event, against the agreement's KPI terms"));
        as("investigator", new SubstantiateAllegation(gps, POST_LISTING_DUMP,
                "D1 on the trade export: 70,000,000 GPS sold within 21 hours of listing, no buy order placed."));
        publishGpsNotice(gps, runs.get("D1"));

        // 4. CLOSURE_PROPOSED: SHELL, substantiated, awaiting a second supervisor.
        String shell = flag(NORTHWIND, List.of("UID-100234", "UID-100237"), List.of("SHELLUSDT"),
                Set.of(POST_LISTING_DUMP),
                "Borrowed SHELL tokens dumped right after listing; the token-loan terms forbid sales in the first "
                        + "30 days.",
                Severity.CRITICAL, CaseSource.manual());
        as("supervisor", new AssignCase(shell, "investigator"));
        as("investigator", new StartInvestigation(shell));
        String loan = evidence(shell, EvidenceKind.CONTRACT, "SHELL token-loan agreement", "legal", "shell-loan.txt",
                "Token loan of 50M SHELL. Clause 7: no sales during the first 30 days after listing.\n",
                Confidentiality.INTERNAL, POST_LISTING_DUMP);
        as("supervisor", new ReclassifyEvidence(loan, Confidentiality.DISCLOSABLE,
                "The sale restriction is the heart of the public notice"));
        as("investigator", new SubstantiateAllegation(shell, POST_LISTING_DUMP,
                "Order flow shows 41M SHELL sold from loaned inventory within 2 hours of listing."));
        as("investigator", new ProposeClosure(shell, ClosureOutcome.SANCTIONED,
                "Offboard the market maker, confiscate proceeds to compensate affected users."));
        publishShellNotice(shell, loan);

        // 5. CLOSED with no violation: wash trading not borne out.
        String wash = flag(HELIX, List.of("UID-300871"), List.of("PEPEUSDT"), Set.of(WASH_TRADING),
                "Volume spike on PEPEUSDT with repeated trade sizes; possible self-matching.",
                Severity.LOW, CaseSource.report("A user"));
        as("supervisor", new AssignCase(wash, "investigator2"));
        as("investigator2", new StartInvestigation(wash));
        as("investigator2", new DismissAllegation(wash, WASH_TRADING,
                "Counterparties are distinct beneficial owners; the spike follows a public listing announcement."));
        as("investigator2", new ProposeClosure(wash, ClosureOutcome.NO_VIOLATION, "No self-matching found."));
        as("supervisor", new ApproveClosure(wash, "Agreed."));

        // 6. CLOSED, sanctioned and referred.
        String referred = flag(NORTHWIND, List.of("UID-100234"), List.of("GPSUSDT", "SHELLUSDT"),
                Set.of(WASH_TRADING),
                "Cross-market self-trading between GPS and SHELL books during March 2025.",
                Severity.HIGH, CaseSource.report("Market regulator"));
        as("supervisor", new AssignCase(referred, "investigator"));
        as("investigator", new StartInvestigation(referred));
        as("investigator", new SubstantiateAllegation(referred, WASH_TRADING,
                "62% of GPS volume on 2025-03-05 matched between accounts of one beneficial owner."));
        as("investigator", new ProposeClosure(referred, ClosureOutcome.REFERRED_TO_REGULATOR,
                "Refer to the regulator with the trade evidence."));
        as("supervisor2", new ApproveClosure(referred, null));

        // 7. Closed, then reopened on new information.
        String reopened = flag(HELIX, List.of("UID-300873"), List.of("ZKJUSDT"), Set.of(SPOOFING),
                "Spoofing on ZKJUSDT around the 2026-09 token unlock.",
                Severity.MEDIUM, CaseSource.manual());
        as("supervisor", new AssignCase(reopened, "investigator2"));
        as("investigator2", new StartInvestigation(reopened));
        as("investigator2", new DismissAllegation(reopened, SPOOFING, "Cancellations within normal range."));
        as("investigator2", new ProposeClosure(reopened, ClosureOutcome.NO_VIOLATION, "Nothing found."));
        as("supervisor2", new ApproveClosure(reopened, null));
        as("supervisor", new ReopenCase(reopened, "New order-book snapshots from the surveillance team."));
    }

    /**
     * Runs every method on the GPS market data as the investigator, and waits until each is completed, so
     * that the demo is whole before the application reports itself ready.
     */
    private Map<String, String> analyse(String caseId) {
        Map<String, String> runs = new java.util.LinkedHashMap<>();
        for (var method : org.glassbox.analysis.methods.Methods.all()) {
            List<String> inputs = gpsMarket.entrySet().stream().filter(e -> method.reads(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            String runId = UUID.randomUUID().toString();
            as("investigator", new org.glassbox.api.analysis.RunAnalysis(runId, caseId, method.id(), inputs, Map.of()));
            runs.put(method.id(), runId);
        }
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        for (String runId : runs.values()) {
            while (true) {
                var run = queries.query(new org.glassbox.api.analysis.FindAnalysisRun(runId),
                        org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf(
                                org.glassbox.api.analysis.AnalysisRunView.class)).join();
                if (run.isPresent() && run.get().status() == org.glassbox.api.analysis.AnalysisStatus.COMPLETED) {
                    break;
                }
                if (run.isPresent() && run.get().failure() != null) {
                    throw new IllegalStateException("Demo analysis " + run.get().method() + " failed: "
                            + run.get().failure());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Demo analyses did not complete within 3 minutes");
                }
                sleep(100);
            }
        }
        return runs;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The GPS notice: the dump's figures from D1, which it cites with its result digest. */
    private void publishGpsNotice(String gps, String d1) {
        var run = queries.query(new org.glassbox.api.analysis.FindAnalysisRun(d1),
                org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf(
                        org.glassbox.api.analysis.AnalysisRunView.class)).join().orElseThrow();
        Map<String, String> h = run.headline();
        var method = org.glassbox.analysis.methods.Methods.require("D1");
        NoticeFacts facts = new NoticeFacts(references.get(gps), NORTHWIND.name(), List.of("GPSUSDT"),
                List.of(POST_LISTING_DUMP), null, List.of("****0234", "****0235", "****0236"),
                new KeyFigures("7 to 8 March 2025, the 24 hours after listing",
                        org.glassbox.analysis.methods.Figures.value("soldQty", new java.math.BigDecimal(h.get("soldQty"))
                                .stripTrailingZeros().toPlainString()) + " GPS sold for "
                                + org.glassbox.analysis.methods.Figures.value("proceeds", h.get("proceeds"))
                                + " USDT, with no buy order",
                        new java.math.BigDecimal(h.get("sellShare")).movePointRight(2).setScale(1,
                                java.math.RoundingMode.HALF_EVEN) + "% of all GPS traded in that time",
                        null, "Affected users will be compensated from the frozen proceeds", true),
                List.of(), List.of(), List.of(new org.glassbox.api.disclosure.CitedAnalysis(d1, "D1", method.version(),
                        method.title(), method.description(), run.resultDigest(),
                        org.glassbox.analysis.methods.Figures.inWords(h), run.publicDigest())));
        String template = notices.choose(NoticeKind.NOTICE, facts.behavioursFound(), facts.outcome());
        String disclosure = UUID.randomUUID().toString();
        as("investigator", new DraftDisclosure(disclosure, gps, NoticeKind.NOTICE, null, template, facts,
                notices.render(template, facts, NoticeKind.NOTICE, null)));
        as("investigator", new SubmitDisclosureForApproval(disclosure));
        as("supervisor", new ApproveDisclosure(disclosure, "Figures checked against the D1 result and its digest."));
        as("communications", new PublishDisclosure(disclosure));
    }

    /** The public registry starts with one notice: SHELL's, drafted, approved by a second person, published. */
    private void publishShellNotice(String shell, String loanItem) {
        String reference = references.get(shell);
        NoticeFacts facts = new NoticeFacts(reference, NORTHWIND.name(), List.of("SHELLUSDT"), List.of(POST_LISTING_DUMP),
                null, List.of("****0234", "****0237"),
                new KeyFigures("9 March 2025, the two hours after listing", "41M SHELL sold from loaned inventory",
                        null, null, "Affected users will be compensated from the confiscated proceeds", true),
                List.of(), List.of(new DisclosedEvidence(loanItem, "SHELL token-loan agreement", "CONTRACT",
                        digests.get(loanItem))));
        String template = notices.choose(NoticeKind.NOTICE, facts.behavioursFound(), facts.outcome());
        String disclosure = UUID.randomUUID().toString();
        as("investigator", new DraftDisclosure(disclosure, shell, NoticeKind.NOTICE, null, template, facts,
                notices.render(template, facts, NoticeKind.NOTICE, null)));
        as("investigator", new SubmitDisclosureForApproval(disclosure));
        as("supervisor2", new ApproveDisclosure(disclosure, "Facts and figures checked against the evidence."));
        as("communications", new PublishDisclosure(disclosure));

        // Communications' work list is not empty: a correction of the SHELL notice waits for a supervisor.
        NoticeFacts corrected = new NoticeFacts(facts.caseReference(), facts.marketMakerName(), facts.markets(),
                facts.behavioursFound(), facts.outcome(), facts.maskedAccounts(),
                new KeyFigures(facts.figures().period(), "41.3M SHELL sold from loaned inventory", null, null,
                        facts.figures().compensation(), true), facts.freezes(), facts.evidence());
        String correction = UUID.randomUUID().toString();
        String correcting = notices.choose(NoticeKind.CORRECTION, corrected.behavioursFound(), corrected.outcome());
        as("communications", new DraftDisclosure(correction, shell, NoticeKind.CORRECTION, disclosure, correcting,
                corrected, notices.render(correcting, corrected, NoticeKind.CORRECTION, reference + "-N1")));
        as("communications", new SubmitDisclosureForApproval(correction));
    }

    /**
     * The GPS market of March 2025 as the generator writes it (seeded, so every demo holds the same bytes):
     * the trade export, the order events and the account links, each read strictly and recorded as evidence.
     */
    private Map<EvidenceKind, String> marketData(String caseId) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("glassbox-demo-market");
            var files = org.glassbox.analysis.generator.MarketDataGenerator.write(
                    org.glassbox.analysis.generator.MarketDataGenerator.Options.of(2025, 10_000), dir);
            Map<EvidenceKind, String> items = new java.util.EnumMap<>(EvidenceKind.class);
            items.put(EvidenceKind.TRADE_EXPORT, marketItem(caseId, EvidenceKind.TRADE_EXPORT,
                    "GPSUSDT trades 7-10 March 2025", files.trades(), WASH_TRADING, POST_LISTING_DUMP));
            items.put(EvidenceKind.ORDER_EVENTS, marketItem(caseId, EvidenceKind.ORDER_EVENTS,
                    "GPSUSDT order events 7-10 March 2025", files.orderEvents(), POST_LISTING_DUMP, Behaviour.KPI_BREACH));
            items.put(EvidenceKind.KPI_TERMS, marketItem(caseId, EvidenceKind.KPI_TERMS,
                    "Market-making agreement, annex A: KPI terms for GPSUSDT", files.kpiTerms(), Behaviour.KPI_BREACH));
            items.put(EvidenceKind.ACCOUNT_LINKS, marketItem(caseId, EvidenceKind.ACCOUNT_LINKS,
                    "Accounts of the market maker's owner (KYC, devices, MM agreement annex B)", files.accountLinks(),
                    WASH_TRADING));
            try (var walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("Demo market data could not be written", e);
        }
    }

    private String marketItem(String caseId, EvidenceKind kind, String title, java.nio.file.Path file,
            Behaviour... allegations) throws IOException {
        EvidenceIntake.Received received;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            received = intake.receive(in, file.getFileName().toString(), kind);
        }
        SubmittedEvidence submitted = as("investigator", new SubmitEvidence(UUID.randomUUID().toString(), caseId,
                kind, title, null, kind == EvidenceKind.KPI_TERMS ? "legal (signed market-making agreement)"
                        : kind == EvidenceKind.ACCOUNT_LINKS ? "KYC and surveillance" : "matching engine", "investigator", Instant.parse("2025-03-11T09:00:00Z"),
                Confidentiality.INTERNAL, Set.of(allegations), received.blob(), received.profile()));
        digests.put(submitted.itemId(), received.blob().sha256().hex());
        return submitted.itemId();
    }

    /** Stores a small demo file and records it as evidence of the case, as its investigator. */
    private String evidence(String caseId, EvidenceKind kind, String title, String source, String fileName,
            String content, Confidentiality confidentiality, Behaviour... allegations) {
        try {
            StoredBlob blob = intake.receive(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                    fileName);
            SubmittedEvidence submitted = as("investigator", new SubmitEvidence(UUID.randomUUID().toString(), caseId,
                    kind, title, null, source, "investigator", Instant.parse("2026-03-09T09:00:00Z"), confidentiality,
                    Set.of(allegations), blob));
            digests.put(submitted.itemId(), blob.sha256().hex());
            return submitted.itemId();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo evidence could not be stored", e);
        }
    }

    private String flag(MarketMaker mm, List<String> accounts, List<String> symbols, Set<Behaviour> behaviours,
            String summary, Severity severity, CaseSource source) {
        String id = UUID.randomUUID().toString();
        FlaggedCase flagged = as("investigator", new FlagCase(id, mm, accounts, symbols, behaviours, summary, severity,
                source));
        references.put(id, flagged.reference());
        return id;
    }

    private <R> R as(String user, Object command) {
        Actor actor = new Actor(user, staff.rolesOf(user));
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(MetaDataKeys.USER_ID, user, MetaDataKeys.USER_ROLES, actor.rolesText())));
    }

    /** Personal names, as real staff have: notices must never print them (the redaction scan looks). */
    private static String displayName(String username) {
        return switch (username) {
            case "investigator" -> "Ines Vogel";
            case "investigator2" -> "Ivan Petrov";
            case "supervisor" -> "Susan Miller";
            case "supervisor2" -> "Samuel Osei";
            case "communications" -> "Carla Reyes";
            case "auditor" -> "Aditi Rao";
            default -> "Adam Weber";
        };
    }
}
