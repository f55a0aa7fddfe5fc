-- Direct-payment monitoring (issue 24, docs/adr/0029). Account statements as imported (one row per
-- account and period: the figures of one review, as the engine's request JSON) and the finance
-- officers' decisions on them. Both are append-only: a statement is never edited (a corrected
-- figure is a later import of another period), and a decision is never changed (a later decision
-- on the same period stands after it). Each decision's calculation is in the hash-chained audit
-- trail (audit_record, its id in audit_id), so verification covers it.
CREATE TABLE dp_statement (
  id            UUID PRIMARY KEY,
  import_id     UUID NOT NULL,
  account_ref   VARCHAR(64) NOT NULL,
  council_ref   VARCHAR(100),
  period_start  DATE NOT NULL,
  period_end    DATE NOT NULL,
  request_json  TEXT NOT NULL,
  imported_at   TIMESTAMPTZ NOT NULL,
  imported_by   VARCHAR(200) NOT NULL,
  CONSTRAINT dp_statement_one_per_period UNIQUE (account_ref, period_end)
);
CREATE INDEX dp_statement_by_account ON dp_statement (account_ref, period_end);

CREATE TABLE dp_decision (
  id            UUID PRIMARY KEY,
  statement_id  UUID NOT NULL REFERENCES dp_statement (id),
  account_ref   VARCHAR(64) NOT NULL,
  period_end    DATE NOT NULL,
  decision      VARCHAR(10) NOT NULL,
  reason        VARCHAR(1000),
  amount        DECIMAL(14, 2) NOT NULL,
  audit_id      UUID NOT NULL,
  decided_at    TIMESTAMPTZ NOT NULL,
  decided_by    VARCHAR(200) NOT NULL
);
CREATE INDEX dp_decision_by_statement ON dp_decision (statement_id, decided_at);

-- Append-only for the service: it may add and read, never change or remove.
REVOKE ALL ON dp_statement, dp_decision FROM PUBLIC;
GRANT SELECT, INSERT ON dp_statement, dp_decision TO ${appRole};
