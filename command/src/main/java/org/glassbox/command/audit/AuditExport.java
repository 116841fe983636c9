package org.glassbox.command.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Streams a case's events (or all events) as JSON Lines in CloudEvents 1.0 form, each with its hash
 * chain digest and a running export digest over the lines, then a manifest signed with the chain's
 * Ed25519 key. {@link ExportVerifier} checks such a file offline with only the public key. Rows are read
 * with a cursor and written as they come: memory stays flat whatever the size.
 */
@Component
public class AuditExport {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChainSigner signer;

    public AuditExport(JdbcTemplate jdbc, TransactionTemplate transactions, ChainSigner signer) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.transactions = transactions;
        this.signer = signer;
    }

    /** Whether the event store holds a case under this id: an export of no case is a 404, not an empty file. */
    public boolean caseExists(String caseId) {
        return org.glassbox.api.shared.Checks.isId(caseId) && Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND type = 'InvestigationCase')", Boolean.class, caseId));
    }

    /** Writes the export; {@code progress} hears the number of events written so far, every thousand. */
    public void write(OutputStream out, String caseId, Instant from, Instant to, LongConsumer progress) {
        transactions.executeWithoutResult(status -> {
            byte[][] chain = {ExportVerifier.GENESIS};
            long[] lines = {0};
            StringBuilder where = new StringBuilder("WHERE TRUE");
            java.util.List<Object> args = new java.util.ArrayList<>();
            if (caseId != null) {
                // the case's events by the index the database writes with each event, not a search of payloads
                where.append(" AND e.global_index IN (SELECT global_index FROM case_event WHERE case_id = ?)");
                args.add(caseId);
            }
            if (from != null) {
                where.append(" AND e.time_stamp >= ?");
                args.add(from.toString());
            }
            if (to != null) {
                where.append(" AND e.time_stamp < ?");
                args.add(to.toString());
            }
            jdbc.query("""
                    SELECT c.position, c.digest, e.event_identifier, e.aggregate_identifier, e.sequence_number,
                        e.payload_type, e.time_stamp, convert_from(e.payload, 'UTF8') AS data
                    FROM event_chain c JOIN domain_event_entry e ON e.event_identifier = c.event_identifier
                    """ + where + " ORDER BY c.position", (ResultSet rs) -> {
                String body = "{\"specversion\":\"1.0\",\"id\":" + quote(rs.getString("event_identifier"))
                        + ",\"source\":\"glassbox\",\"type\":" + quote(rs.getString("payload_type"))
                        + ",\"time\":" + quote(rs.getString("time_stamp"))
                        + ",\"subject\":" + quote(caseId != null ? caseId : rs.getString("aggregate_identifier"))
                        + ",\"datacontenttype\":\"application/json\",\"data\":" + rs.getString("data")
                        + ",\"glassboxaggregate\":" + quote(rs.getString("aggregate_identifier"))
                        + ",\"glassboxsequence\":" + rs.getLong("sequence_number")
                        + ",\"glassboxchainposition\":" + rs.getLong("position")
                        + ",\"glassboxchaindigest\":\"" + HexFormat.of().formatHex(rs.getBytes("digest")) + "\"";
                chain[0] = ExportVerifier.link(chain[0], body);
                writeLine(out, body + ",\"exportchain\":\"" + HexFormat.of().formatHex(chain[0]) + "\"}");
                if (++lines[0] % 1000 == 0) {
                    progress.accept(lines[0]);
                }
            }, args.toArray());
            String last = HexFormat.of().formatHex(chain[0]);
            writeLine(out, "{\"manifest\":{\"lines\":" + lines[0] + ",\"lastExportChain\":\"" + last
                    + "\",\"case\":" + (caseId == null ? "null" : quote(caseId)) + ",\"publicKey\":\""
                    + signer.publicKey() + "\",\"signature\":\"" + signer.sign(ExportVerifier.manifestMessage(lines[0],
                            last)) + "\"}}");
            progress.accept(lines[0]);
        });
    }

    private static void writeLine(OutputStream out, String line) {
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
