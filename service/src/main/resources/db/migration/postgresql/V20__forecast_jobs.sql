-- Medium-term financial planning (issue 26, docs/adr/0032): a forecast job's inputs (the monthly
-- history CSV, the young people arriving as JSON Lines, what was asked), its state and progress,
-- and its report (JSON and CSV), so that any instance runs it (through db-scheduler's queue,
-- scheduled_tasks, V11) and any instance answers for it. The history is counts and costs by month
-- and client group; the young people are pseudonymous references. Kept until expires_at
-- (openras.forecasts.retention), or deleted at once on request (logged with who asked).
CREATE TABLE forecast_job (
  id            CHAR(36) PRIMARY KEY,
  title         VARCHAR(500) NOT NULL,
  request_json  TEXT NOT NULL,
  history       TEXT NOT NULL,
  transitions   TEXT,
  started_by    VARCHAR(200) NOT NULL,
  state         VARCHAR(20) NOT NULL,
  step          INT NOT NULL DEFAULT 0,
  steps         INT NOT NULL DEFAULT 0,
  step_name     VARCHAR(200),
  submitted     TIMESTAMPTZ NOT NULL,
  started       TIMESTAMPTZ,
  finished      TIMESTAMPTZ,
  attempts      INT NOT NULL DEFAULT 0,
  ran_by        VARCHAR(200),
  error         TEXT,
  report_json   TEXT,
  report_csv    TEXT,
  expires_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX forecast_job_expires_idx ON forecast_job (expires_at);
CREATE INDEX forecast_job_submitted_idx ON forecast_job (submitted);
REVOKE ALL ON forecast_job FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON forecast_job TO ${appRole};
