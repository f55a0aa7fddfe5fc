-- Four-eyes publishing (issue 23, docs/adr/0028): a policy officer proposes to publish or withdraw a
-- rule-set version; another approves or rejects it. The log entry an approval writes names both
-- people and the digest of the review the approver saw (chained: openras-publication-v2).
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
  proposed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  note         VARCHAR(2000) NOT NULL,
  caseload_id  VARCHAR(100)
);

-- Its decision, one at most (the primary key): approved (with the review shown, as JSON, and its
-- SHA-256, which the log entry also carries) or rejected with a reason.
CREATE TABLE publication_decision (
  proposal_id   VARCHAR(36) PRIMARY KEY REFERENCES publication_proposal (id),
  decision      VARCHAR(20) NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
  decided_by    VARCHAR(200) NOT NULL,
  decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  reason        VARCHAR(2000) NOT NULL,
  review_digest CHAR(64),
  review_json   CHARACTER LARGE OBJECT,
  entry_sequence BIGINT
);
