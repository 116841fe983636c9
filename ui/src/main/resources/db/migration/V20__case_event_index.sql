-- Which stored events belong to which case, written by the database in the same transaction as the
-- event, so that an auditor's replay of a case, the export of one case and its history read that
-- case's events through this index: their cost follows the case, not the size of the store (before,
-- each searched every payload for the case id). An event belongs to the case its payload names
-- (caseId: every event of a case, its evidence, freezes, holds, notices and analyses carries it) and
-- every event of the case aggregate itself.
CREATE TABLE case_event (
    case_id      VARCHAR(255) NOT NULL,
    global_index BIGINT       NOT NULL,
    PRIMARY KEY (case_id, global_index)
);

CREATE FUNCTION glassbox_case_of(payload BYTEA, aggregate_type VARCHAR, aggregate_identifier VARCHAR)
    RETURNS VARCHAR LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    id VARCHAR;
BEGIN
    BEGIN
        id := convert_from(payload, 'UTF8')::jsonb ->> 'caseId';
    EXCEPTION WHEN others THEN
        id := NULL; -- not a JSON object: not an event of a case
    END;
    IF id IS NULL AND aggregate_type = 'InvestigationCase' THEN
        id := aggregate_identifier;
    END IF;
    RETURN id;
END $$;

CREATE FUNCTION glassbox_index_case_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    id VARCHAR := glassbox_case_of(NEW.payload, NEW.type, NEW.aggregate_identifier);
BEGIN
    IF id IS NOT NULL THEN
        INSERT INTO case_event (case_id, global_index) VALUES (id, NEW.global_index);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER domain_event_entry_case_index AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION glassbox_index_case_event();

INSERT INTO case_event (case_id, global_index)
SELECT id, global_index FROM (
    SELECT glassbox_case_of(payload, type, aggregate_identifier) AS id, global_index FROM domain_event_entry) e
WHERE id IS NOT NULL;

-- Written with the record, never changed after it: append-only like the event store.
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION glassbox_refuse_change();
CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON case_event
    FOR EACH STATEMENT EXECUTE FUNCTION glassbox_refuse_change();
