-- After every migration: the application's role (glassbox.db.user) may read and append the record and
-- work its read models, and no more. It may never UPDATE, DELETE or TRUNCATE the event store or the
-- hash chain (the append-only triggers refuse even the owner; this refuses the application before them),
-- nor touch Flyway's history. When the application runs as the owner itself there is nothing to grant.
DO $$
DECLARE
    app text := '${appRole}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    -- CREATE on the database: the projection audit rebuilds read models in a scratch schema of its own.
    EXECUTE format('GRANT CONNECT, TEMPORARY, CREATE ON DATABASE %I TO %I', current_database(), app);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry, event_chain, case_event FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
END $$;
