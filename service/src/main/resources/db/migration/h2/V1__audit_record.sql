-- The audit trail (DESIGN.md §6): one row per calculation, append-only, hash-chained.
-- H2 has no triggers of the kind PostgreSQL has; the chain itself shows any change (GET /api/v1/audit/verify).
CREATE TABLE audit_record (
  sequence       BIGINT PRIMARY KEY,
  id             UUID NOT NULL UNIQUE,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(200) NOT NULL,
  role           VARCHAR(200) NOT NULL,
  person_ref     VARCHAR(64) NOT NULL,
  request_json   CHARACTER LARGE OBJECT NOT NULL,
  result_json    CHARACTER LARGE OBJECT NOT NULL,
  rule_sets      CHARACTER LARGE OBJECT NOT NULL,
  engine_version VARCHAR(100) NOT NULL,
  previous_hash  CHAR(64) NOT NULL,
  record_hash    CHAR(64) NOT NULL
);

-- One row whose lock serialises appends to the chain (SELECT ... FOR UPDATE), across every
-- connection to the database; it is never updated.
CREATE TABLE audit_chain_lock (
  id INT PRIMARY KEY
);
INSERT INTO audit_chain_lock (id) VALUES (1);
