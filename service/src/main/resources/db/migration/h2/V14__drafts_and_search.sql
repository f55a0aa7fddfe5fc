-- Finding and continuing work (issue 21, docs/adr/0024).
-- An assessor's saved draft of the assessment form: owned by the assessor who saved it, never a
-- calculation and never an audit record; deleted when it is submitted, and purged when it expires
-- (openras.drafts.retention) because it holds personal data.
CREATE TABLE assessment_draft (
  id          UUID PRIMARY KEY,
  owner       VARCHAR(200) NOT NULL,
  person_ref  VARCHAR(64),
  form_json   CHARACTER LARGE OBJECT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_draft_owner_idx ON assessment_draft (owner, updated_at);
CREATE INDEX assessment_draft_expires_idx ON assessment_draft (expires_at);

-- Searching the audit trail by person, by user and by date, newest first.
CREATE INDEX audit_record_person_idx ON audit_record (person_ref, recorded_at);
CREATE INDEX audit_record_actor_idx ON audit_record (actor, recorded_at);
CREATE INDEX audit_record_recorded_idx ON audit_record (recorded_at);

-- A caseload's name in words (the uploaded file's name, or what was generated), for the lists.
ALTER TABLE caseload ADD COLUMN name VARCHAR(200);
