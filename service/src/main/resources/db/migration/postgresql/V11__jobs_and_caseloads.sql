-- Finance work in the database (issue 19.2, docs/adr/0019): caseloads, scenario and envelope jobs
-- and their reports, so that every instance reads them, and db-scheduler's queue (scheduled_tasks),
-- through which one instance at a time claims a job, heartbeats while it runs, and a job whose
-- instance died is found and run again. Caseloads and jobs carry who made them and when they
-- expire (openras.caseloads.retention); a purge deletes them after, and a finance officer may
-- delete a caseload on request. The service's role may UPDATE and DELETE these rows.
CREATE TABLE caseload (
  id          CHAR(64) PRIMARY KEY,
  content     BYTEA NOT NULL,
  lines       BIGINT NOT NULL,
  bytes       BIGINT NOT NULL,
  uploaded_by VARCHAR(200) NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX caseload_expires_idx ON caseload (expires_at);

CREATE TABLE finance_job (
  id               CHAR(36) PRIMARY KEY,
  kind             VARCHAR(20) NOT NULL,
  title            VARCHAR(500) NOT NULL,
  request_json     TEXT NOT NULL,
  caseload_id      CHAR(64) NOT NULL,
  started_by       VARCHAR(200) NOT NULL,
  state            VARCHAR(20) NOT NULL,
  submitted        TIMESTAMPTZ NOT NULL,
  started          TIMESTAMPTZ,
  finished         TIMESTAMPTZ,
  lines            BIGINT NOT NULL DEFAULT 0,
  bytes_read       BIGINT NOT NULL DEFAULT 0,
  bytes_total      BIGINT NOT NULL DEFAULT 0,
  error            TEXT,
  cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
  attempts         INT NOT NULL DEFAULT 0,
  ran_by           VARCHAR(200),
  expires_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX finance_job_expires_idx ON finance_job (expires_at);

CREATE TABLE finance_job_report (
  job_id  CHAR(36) NOT NULL REFERENCES finance_job (id) ON DELETE CASCADE,
  name    VARCHAR(100) NOT NULL,
  content BYTEA NOT NULL,
  PRIMARY KEY (job_id, name)
);

-- A calibration's report files (it runs in the request; its reports are read on any instance).
CREATE TABLE calibration_report (
  calibration_id CHAR(36) NOT NULL,
  name           VARCHAR(100) NOT NULL,
  content        BYTEA NOT NULL,
  created_by     VARCHAR(200) NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  expires_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (calibration_id, name)
);
CREATE INDEX calibration_report_expires_idx ON calibration_report (expires_at);

-- db-scheduler 16's table, as its documentation gives it for PostgreSQL.
CREATE TABLE scheduled_tasks (
  task_name            TEXT NOT NULL,
  task_instance        TEXT NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMPTZ NOT NULL,
  picked               BOOLEAN NOT NULL,
  picked_by            TEXT,
  last_success         TIMESTAMPTZ,
  last_failure         TIMESTAMPTZ,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMPTZ,
  version              BIGINT NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

REVOKE ALL ON caseload, finance_job, finance_job_report, calibration_report, scheduled_tasks
  FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE
  ON caseload, finance_job, finance_job_report, calibration_report, scheduled_tasks
  TO ${appRole};
