-- The event store is append-only at the database: no UPDATE, DELETE or TRUNCATE, whoever asks. A DBA
-- who must repair something disables the trigger in a recorded change; the hash chain shows it.
CREATE FUNCTION glassbox_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event store is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER domain_event_entry_append_only BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION glassbox_refuse_change();
CREATE TRIGGER domain_event_entry_no_truncate BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION glassbox_refuse_change();

-- The hash chain over the event store, in the order the chain processor met the events: each digest
-- covers the previous one and the event row's bytes as stored. Append-only as well.
CREATE TABLE event_chain (
    position          BIGINT       PRIMARY KEY,
    global_index      BIGINT       NOT NULL UNIQUE,
    event_identifier  VARCHAR(255) NOT NULL UNIQUE,
    digest            BYTEA        NOT NULL,
    chained_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TRIGGER event_chain_append_only BEFORE UPDATE OR DELETE ON event_chain
    FOR EACH ROW EXECUTE FUNCTION glassbox_refuse_change();
CREATE TRIGGER event_chain_no_truncate BEFORE TRUNCATE ON event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION glassbox_refuse_change();
