-- The publication log (DESIGN.md §3, docs/adr/0004): who published or withdrew which rule-set
-- version, effective when, hash-chained like the audit trail, and the published versions' files,
-- so every instance serves the same set from the database. As for audit_record, the service's
-- role may only INSERT and SELECT, and triggers refuse UPDATE, DELETE and TRUNCATE for everyone.
CREATE TABLE publication_entry (
  sequence       BIGINT PRIMARY KEY,
  area           VARCHAR(200) NOT NULL,
  version        VARCHAR(100) NOT NULL,
  content_hash   CHAR(64) NOT NULL,
  action         VARCHAR(20) NOT NULL CHECK (action IN ('PUBLISH', 'WITHDRAW')),
  effective_from DATE NOT NULL,
  actor          VARCHAR(200) NOT NULL,
  recorded_at    TIMESTAMPTZ NOT NULL,
  note           VARCHAR(2000) NOT NULL,
  previous_hash  CHAR(64) NOT NULL,
  entry_hash     CHAR(64) NOT NULL
);

-- A published version's files: a JSON object of path (relative to the version folder) to the
-- file's bytes in base64, written once with its first PUBLISH entry.
CREATE TABLE published_content (
  area         VARCHAR(200) NOT NULL,
  version      VARCHAR(100) NOT NULL,
  content_hash CHAR(64) NOT NULL,
  files_json   TEXT NOT NULL,
  PRIMARY KEY (area, version)
);

CREATE FUNCTION publication_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the publication log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER publication_entry_no_update_or_delete
  BEFORE UPDATE OR DELETE ON publication_entry
  FOR EACH ROW EXECUTE FUNCTION publication_refuse_change();

CREATE TRIGGER publication_entry_no_truncate
  BEFORE TRUNCATE ON publication_entry
  FOR EACH STATEMENT EXECUTE FUNCTION publication_refuse_change();

CREATE TRIGGER published_content_no_update_or_delete
  BEFORE UPDATE OR DELETE ON published_content
  FOR EACH ROW EXECUTE FUNCTION publication_refuse_change();

CREATE TRIGGER published_content_no_truncate
  BEFORE TRUNCATE ON published_content
  FOR EACH STATEMENT EXECUTE FUNCTION publication_refuse_change();

REVOKE ALL ON publication_entry FROM PUBLIC;
REVOKE ALL ON published_content FROM PUBLIC;
GRANT SELECT, INSERT ON publication_entry TO ${appRole};
GRANT SELECT, INSERT ON published_content TO ${appRole};
