-- Medium-term financial planning (issue 26, docs/adr/0032): a forecast job's inputs (the monthly
-- history CSV, the young people arriving as JSON Lines, what was asked), its state and progress,
-- and its report (JSON and CSV), so that any instance runs it (through db-scheduler's queue,
-- scheduled_tasks, V11) and any instance answers for it. The history is counts and costs by month
-- and client group; the young people are pseudonymous references. Kept until expires_at
-- (openras.forecasts.retention), or deleted at once on request (logged with who asked).
CREATE TABLE forecast_job (
  id            CHAR(36) PRIMARY KEY,
  title         VARCHAR(500) NOT NULL,
  request_json  CHARACTER LARGE OBJECT NOT NULL,
  history       CHARACTER LARGE OBJECT NOT NULL,
  transitions   CHARACTER LARGE OBJECT,
  started_by    VARCHAR(200) NOT NULL,
  state         VARCHAR(20) NOT NULL,
  step          INT NOT NULL DEFAULT 0,
  steps         INT NOT NULL DEFAULT 0,
  step_name     VARCHAR(200),
  submitted     TIMESTAMP WITH TIME ZONE NOT NULL,
  started       TIMESTAMP WITH TIME ZONE,
  finished      TIMESTAMP WITH TIME ZONE,
  attempts      INT NOT NULL DEFAULT 0,
  ran_by        VARCHAR(200),
  error         CHARACTER LARGE OBJECT,
  report_json   CHARACTER LARGE OBJECT,
  report_csv    CHARACTER LARGE OBJECT,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX forecast_job_expires_idx ON forecast_job (expires_at);
CREATE INDEX forecast_job_submitted_idx ON forecast_job (submitted);
