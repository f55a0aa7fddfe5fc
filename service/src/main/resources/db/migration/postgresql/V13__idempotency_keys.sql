-- Safe retries (issue 20.4, docs/adr/0022): an Idempotency-Key sent with a POST that creates
-- something, scoped to the signed-in user, with the fingerprint of the first request (SHA-256 of
-- its method, path, parameters and canonical body) and its answer, kept openras.idempotency.retention
-- (24 hours) and then purged. A calculation's row is written in the same transaction as its audit
-- record and names it (audit_id): its answer is rebuilt from the record rather than kept twice.
-- Another operation's row is claimed (IN_FLIGHT) before it runs and completed (DONE, with its status,
-- headers and body) after, or deleted when it fails. The service's role reads, writes and deletes
-- the rows; none of them is the audit trail.
CREATE TABLE idempotency_key (
  user_ref    VARCHAR(200) NOT NULL,
  idem_key    VARCHAR(255) NOT NULL,
  fingerprint CHAR(64) NOT NULL,
  method      VARCHAR(10) NOT NULL,
  path        VARCHAR(1000) NOT NULL,
  state       VARCHAR(10) NOT NULL,
  status      INT,
  headers     TEXT,
  body        BYTEA,
  audit_id    UUID,
  created_at  TIMESTAMPTZ NOT NULL,
  expires_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (user_ref, idem_key)
);
CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);

REVOKE ALL ON idempotency_key FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO ${appRole};
