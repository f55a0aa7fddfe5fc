-- Agreed budgets (issue 23, docs/adr/0027). Each step of an agreed budget (proposed, approved,
-- refused, withdrawn) is a record of the audit trail, chained like a calculation's: a new record
-- kind. Existing records are calculations; the kind is hashed only for other kinds, so every
-- existing hash stays as it was.
ALTER TABLE audit_record ADD COLUMN kind VARCHAR(40) DEFAULT 'calculation' NOT NULL;

-- The current state of each agreed budget (the chain holds its history). Updated when a panel
-- member decides or the proposer withdraws.
CREATE TABLE agreed_budget (
  id                    UUID PRIMARY KEY,
  calculation_id        UUID NOT NULL,
  person_ref            VARCHAR(64) NOT NULL,
  assessment_date       DATE NOT NULL,
  primary_support_reason VARCHAR(100),
  status                VARCHAR(20) NOT NULL,
  indicative_weekly     DECIMAL(14, 2) NOT NULL,
  ceiling_weekly        DECIMAL(14, 2),
  agreed_weekly         DECIMAL(14, 2) NOT NULL,
  plan_weekly_cost      DECIMAL(14, 2) NOT NULL,
  difference_weekly     DECIMAL(14, 2) NOT NULL,
  reason_code           VARCHAR(60),
  reason_text           VARCHAR(2000),
  needs_panel           BOOLEAN NOT NULL,
  panel_because         VARCHAR(1000),
  starts_on             DATE NOT NULL,
  proposed_by           VARCHAR(200) NOT NULL,
  proposer_subject      VARCHAR(200) NOT NULL,
  proposed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by            VARCHAR(200),
  decided_at            TIMESTAMP WITH TIME ZONE,
  decision_reasons      VARCHAR(2000),
  last_record_id        UUID NOT NULL
);
CREATE INDEX agreed_budget_status_idx ON agreed_budget (status);
CREATE INDEX agreed_budget_calculation_idx ON agreed_budget (calculation_id);

-- Which audit records are the steps of which agreed budget, in order (append-only).
CREATE TABLE agreed_budget_step (
  agreed_budget_id UUID NOT NULL,
  step_number      INT NOT NULL,
  step             VARCHAR(20) NOT NULL,
  record_id        UUID NOT NULL,
  PRIMARY KEY (agreed_budget_id, step_number)
);
