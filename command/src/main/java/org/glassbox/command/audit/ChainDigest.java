package org.glassbox.command.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One link of the hash chain: SHA-256 over the previous link and the event row exactly as stored
 * (global position, event id, aggregate id and sequence, type, time stamp, payload type and revision,
 * payload bytes, metadata bytes), each field length-prefixed so no two rows can run together.
 */
final class ChainDigest {
    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";
    static final byte[] GENESIS = new byte[32];

    private ChainDigest() {
    }

    /** An event row as stored, every column the link covers. */
    record Row(long globalIndex, long sequence, String eventIdentifier, String aggregateIdentifier, String type,
            String timeStamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
    }

    /** The row the result set stands on (selected with {@link #COLUMNS}). */
    static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("global_index"), rs.getLong("sequence_number"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getString("type"), rs.getString("time_stamp"),
                rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                rs.getBytes("meta_data"));
    }

    /** The link after {@code previous} for the row the result set stands on (selected with {@link #COLUMNS}). */
    static byte[] next(byte[] previous, ResultSet row) throws SQLException {
        return next(previous, row(row));
    }

    /** The link after {@code previous} for this row. */
    static byte[] next(byte[] previous, Row row) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(ByteBuffer.allocate(16).putLong(row.globalIndex()).putLong(row.sequence()).array());
        for (String text : new String[] {row.eventIdentifier(), row.aggregateIdentifier(), row.type(), row.timeStamp(),
                row.payloadType(), row.payloadRevision()}) {
            field(sha256, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }
        field(sha256, row.payload());
        field(sha256, row.metaData());
        return sha256.digest();
    }

    private static void field(MessageDigest sha256, byte[] bytes) {
        sha256.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            sha256.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
