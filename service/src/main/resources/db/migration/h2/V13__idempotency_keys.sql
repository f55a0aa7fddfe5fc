-- Safe retries (issue 20.4, docs/adr/0022): Idempotency-Key rows. See the PostgreSQL migration.
CREATE TABLE idempotency_key (
  user_ref    VARCHAR(200) NOT NULL,
  idem_key    VARCHAR(255) NOT NULL,
  fingerprint CHAR(64) NOT NULL,
  method      VARCHAR(10) NOT NULL,
  path        VARCHAR(1000) NOT NULL,
  state       VARCHAR(10) NOT NULL,
  status      INT,
  headers     CHARACTER LARGE OBJECT,
  body        BINARY LARGE OBJECT,
  audit_id    UUID,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_ref, idem_key)
);
CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
