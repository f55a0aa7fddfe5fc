-- The audit trail (DESIGN.md §6): one row per calculation, append-only, hash-chained.
-- Run by the owner role (spring.flyway.user); the service's own role (placeholder appRole) may only
-- INSERT and SELECT, and triggers refuse UPDATE, DELETE and TRUNCATE for everyone, the owner and
-- superusers included (short of disabling the triggers, which the chain then shows).
CREATE TABLE audit_record (
  sequence       BIGINT PRIMARY KEY,
  id             UUID NOT NULL UNIQUE,
  recorded_at    TIMESTAMPTZ NOT NULL,
  actor          VARCHAR(200) NOT NULL,
  role           VARCHAR(200) NOT NULL,
  person_ref     VARCHAR(64) NOT NULL,
  request_json   TEXT NOT NULL,
  result_json    TEXT NOT NULL,
  rule_sets      TEXT NOT NULL,
  engine_version VARCHAR(100) NOT NULL,
  previous_hash  CHAR(64) NOT NULL,
  record_hash    CHAR(64) NOT NULL
);

CREATE FUNCTION audit_record_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit records are append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_record_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_record
  FOR EACH ROW EXECUTE FUNCTION audit_record_refuse_change();

CREATE TRIGGER audit_record_no_truncate
  BEFORE TRUNCATE ON audit_record
  FOR EACH STATEMENT EXECUTE FUNCTION audit_record_refuse_change();

REVOKE ALL ON audit_record FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT ON audit_record TO ${appRole};
