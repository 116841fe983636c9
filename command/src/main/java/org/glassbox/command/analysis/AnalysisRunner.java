package org.glassbox.command.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.analysis.engine.Source;
import org.glassbox.analysis.format.KpiTerms;
import org.glassbox.analysis.methods.AnalysisInputs;
import org.glassbox.analysis.methods.Analyses;
import org.glassbox.analysis.methods.Headlines;
import org.glassbox.analysis.methods.Methods;
import org.glassbox.api.analysis.AnalysisInput;
import org.glassbox.api.analysis.AnalysisRequested;
import org.glassbox.api.analysis.CompleteAnalysis;
import org.glassbox.api.analysis.FailAnalysis;
import org.glassbox.api.analysis.RecordAnalysisVerification;
import org.glassbox.api.analysis.StartAnalysis;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.command.evidence.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Carries out one run, or the rerun that verifies it, off any request thread: checks each input's stored
 * bytes against the digest the run recorded (a local store's file is read in place, any other store's
 * bytes are copied out while being hashed), runs the method in the engine, stores the canonical result
 * in the blob store under its own SHA-256, and records the outcome as the SYSTEM actor.
 */
public class AnalysisRunner {
    public static final String ACTOR = "glassbox-analyst";
    private static final Logger log = LoggerFactory.getLogger(AnalysisRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Analyses analyses;
    private final BlobStore store;
    private final CommandGateway commands;
    private final AnalysisProgress progress;
    private final Path work;

    public AnalysisRunner(Analyses analyses, BlobStore store, CommandGateway commands, AnalysisProgress progress,
            Path work) throws IOException {
        this.analyses = analyses;
        this.store = store;
        this.commands = commands;
        this.progress = progress;
        this.work = Files.createDirectories(work);
    }

    /** Runs the requested analysis and records its result or why there is none. */
    public void run(AnalysisRequested run) {
        try {
            send(new StartAnalysis(run.runId()));
            Analyses.Outcome outcome = compute(run);
            StoredBlob result = store(run, outcome.canonicalResult(), outcome.resultDigest(), "");
            StoredBlob published = store(run, outcome.publicResult(), outcome.publicDigest(), "-public");
            send(new CompleteAnalysis(run.runId(), outcome.resultDigest(), result, outcome.engine(),
                    Headlines.of(run.method(), JSON.readTree(outcome.canonicalResult())), outcome.publicDigest(),
                    published));
        } catch (Refusal | InvalidField refused) {
            send(new FailAnalysis(run.runId(), refused.getMessage(), true));
        } catch (Throwable failed) {
            // Whatever went wrong (the native engine included) ends the run as failed; if even that cannot be
            // recorded, the exception goes to the scheduler, which tries the task again later.
            log.warn("Analysis {} ({}) failed", run.runId(), run.method(), failed);
            send(new FailAnalysis(run.runId(), "The engine failed: " + firstLine(failed), false));
        } finally {
            progress.clear(run.runId());
        }
    }

    /** Computes the run again from the stored bytes and records whether the result digest is the same. */
    public void verify(AnalysisRequested run, String verificationId) {
        try {
            Analyses.Outcome outcome = compute(run);
            send(new RecordAnalysisVerification(run.runId(), verificationId, outcome.resultDigest(), null));
        } catch (Throwable failed) {
            send(new RecordAnalysisVerification(run.runId(), verificationId, null, firstLine(failed)));
        } finally {
            progress.clear(run.runId());
        }
    }

    private Analyses.Outcome compute(AnalysisRequested run) throws Exception {
        List<Path> copies = new ArrayList<>();
        try {
            List<Source> trades = new ArrayList<>();
            List<Source> links = new ArrayList<>();
            List<Source> orders = new ArrayList<>();
            KpiTerms terms = null;
            int steps = run.inputs().size();
            int done = 0;
            // Order files are merged by time, ties going to the earlier file: listed by digest, the result does
            // not depend on the order a request named them in.
            List<AnalysisInput> ordered = run.inputs().stream().sorted(java.util.Comparator.comparing(
                    (AnalysisInput i) -> i.kind() == EvidenceKind.ORDER_EVENTS ? i.blob().sha256().hex() : "")).toList();
            for (AnalysisInput input : ordered) {
                progress.report(run.runId(), done++, steps + 1, "checking the bytes of " + input.title());
                Path file = intactFile(input, copies);
                if (input.kind() == EvidenceKind.KPI_TERMS) {
                    try (InputStream in = Files.newInputStream(file)) {
                        terms = KpiTerms.read(in);
                    }
                    continue;
                }
                Source source = new Source(file, input.profile());
                (input.kind() == EvidenceKind.TRADE_EXPORT ? trades
                        : input.kind() == EvidenceKind.ACCOUNT_LINKS ? links : orders).add(source);
            }
            AnalysisInputs inputs = new AnalysisInputs(trades, links, orders, run.caseAccounts(), terms);
            return analyses.run(Methods.require(run.method()), inputs, run.parameters(),
                    (d, total, step) -> progress.report(run.runId(), steps + d, steps + total, step));
        } finally {
            for (Path copy : copies) {
                Files.deleteIfExists(copy);
            }
        }
    }

    /** The input's bytes as a local file, after checking that they are still the bytes the run recorded. */
    private Path intactFile(AnalysisInput input, List<Path> copies) throws IOException {
        StoredBlob blob = input.blob();
        Optional<Path> local = store.localFile(blob.address());
        Path file;
        MessageDigest sha256 = sha256();
        if (local.isPresent()) {
            file = local.get();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        } else {
            file = Files.createTempFile(work, "input-", ".bin");
            copies.add(file);
            try (InputStream in = new DigestInputStream(store.open(blob.address()), sha256);
                    OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            } catch (BlobStore.NoSuchBlob missing) {
                throw new Refusal("The stored bytes of '" + input.title() + "' are missing from the " + store.kind()
                        + " store");
            }
        }
        if (!Sha256.of(sha256.digest()).equals(blob.sha256())) {
            throw new Refusal("The stored bytes of '" + input.title() + "' no longer match their SHA-256 "
                    + blob.sha256() + "; nothing was analysed");
        }
        return file;
    }

    private StoredBlob store(AnalysisRequested run, byte[] bytes, String hex, String suffix) throws IOException {
        Path file = Files.createTempFile(work, "result-", ".json");
        try {
            Files.write(file, bytes);
            Sha256 digest = new Sha256(hex);
            String address = store.put(digest, bytes.length, file);
            return new StoredBlob(digest, bytes.length, "application/json",
                    run.method() + "-" + digest.shortForm() + suffix + ".json", address);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(MetaDataKeys.USER_ID, ACTOR, MetaDataKeys.USER_ROLES, Role.SYSTEM.name())));
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inputs cannot be analysed as asked; a refusal, not an engine failure. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }
}
