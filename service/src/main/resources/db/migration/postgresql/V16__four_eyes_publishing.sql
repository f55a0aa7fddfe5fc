-- Four-eyes publishing (issue 23, docs/adr/0028): a policy officer proposes to publish or withdraw a
-- rule-set version; another approves or rejects it. The log entry an approval writes names both
-- people and the digest of the review the approver saw (chained: openras-publication-v2).
-- Proposals and decisions are written once, never changed: as for the publication log, the
-- service's role may only INSERT and SELECT, and triggers refuse UPDATE, DELETE and TRUNCATE.
ALTER TABLE publication_entry ADD COLUMN approved_by VARCHAR(200);
ALTER TABLE publication_entry ADD COLUMN proposal_id VARCHAR(36);
ALTER TABLE publication_entry ADD COLUMN review_digest CHAR(64);

-- A proposal: the version as it stood (content_hash) when proposed; stale when the draft changes.
-- caseload_id: a kept caseload the review's diff measures the impact on (optional).
CREATE TABLE publication_proposal (
  id           VARCHAR(36) PRIMARY KEY,
  area         VARCHAR(200) NOT NULL,
  version      VARCHAR(100) NOT NULL,
  action       VARCHAR(20) NOT NULL CHECK (action IN ('PUBLISH', 'WITHDRAW')),
  content_hash CHAR(64) NOT NULL,
  proposed_by  VARCHAR(200) NOT NULL,
  proposed_at  TIMESTAMPTZ NOT NULL,
  note         VARCHAR(2000) NOT NULL,
  caseload_id  VARCHAR(100)
);

-- Its decision, one at most (the primary key): approved (with the review shown, as JSON, and its
-- SHA-256, which the log entry also carries) or rejected with a reason.
CREATE TABLE publication_decision (
  proposal_id    VARCHAR(36) PRIMARY KEY REFERENCES publication_proposal (id),
  decision       VARCHAR(20) NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
  decided_by     VARCHAR(200) NOT NULL,
  decided_at     TIMESTAMPTZ NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  review_digest  CHAR(64),
  review_json    TEXT,
  entry_sequence BIGINT
);

CREATE TRIGGER publication_proposal_no_update_or_delete
  BEFORE UPDATE OR DELETE ON publication_proposal
  FOR EACH ROW EXECUTE FUNCTION publication_refuse_change();

CREATE TRIGGER publication_proposal_no_truncate
  BEFORE TRUNCATE ON publication_proposal
  FOR EACH STATEMENT EXECUTE FUNCTION publication_refuse_change();

CREATE TRIGGER publication_decision_no_update_or_delete
  BEFORE UPDATE OR DELETE ON publication_decision
  FOR EACH ROW EXECUTE FUNCTION publication_refuse_change();

CREATE TRIGGER publication_decision_no_truncate
  BEFORE TRUNCATE ON publication_decision
  FOR EACH STATEMENT EXECUTE FUNCTION publication_refuse_change();

REVOKE ALL ON publication_proposal FROM PUBLIC;
REVOKE ALL ON publication_decision FROM PUBLIC;
GRANT SELECT, INSERT ON publication_proposal TO ${appRole};
GRANT SELECT, INSERT ON publication_decision TO ${appRole};
