-- Finance work in the database (issue 19.2, docs/adr/0019): caseloads, scenario and envelope jobs
-- and their reports, and db-scheduler's queue (scheduled_tasks). See the PostgreSQL migration.
CREATE TABLE caseload (
  id          CHAR(64) PRIMARY KEY,
  content     BINARY LARGE OBJECT NOT NULL,
  lines       BIGINT NOT NULL,
  bytes       BIGINT NOT NULL,
  uploaded_by VARCHAR(200) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX caseload_expires_idx ON caseload (expires_at);

CREATE TABLE finance_job (
  id               CHAR(36) PRIMARY KEY,
  kind             VARCHAR(20) NOT NULL,
  title            VARCHAR(500) NOT NULL,
  request_json     CHARACTER LARGE OBJECT NOT NULL,
  caseload_id      CHAR(64) NOT NULL,
  started_by       VARCHAR(200) NOT NULL,
  state            VARCHAR(20) NOT NULL,
  submitted        TIMESTAMP WITH TIME ZONE NOT NULL,
  started          TIMESTAMP WITH TIME ZONE,
  finished         TIMESTAMP WITH TIME ZONE,
  lines            BIGINT DEFAULT 0 NOT NULL,
  bytes_read       BIGINT DEFAULT 0 NOT NULL,
  bytes_total      BIGINT DEFAULT 0 NOT NULL,
  error            CHARACTER LARGE OBJECT,
  cancel_requested BOOLEAN DEFAULT FALSE NOT NULL,
  attempts         INT DEFAULT 0 NOT NULL,
  ran_by           VARCHAR(200),
  expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX finance_job_expires_idx ON finance_job (expires_at);

CREATE TABLE finance_job_report (
  job_id  CHAR(36) NOT NULL REFERENCES finance_job (id) ON DELETE CASCADE,
  name    VARCHAR(100) NOT NULL,
  content BINARY LARGE OBJECT NOT NULL,
  PRIMARY KEY (job_id, name)
);

-- A calibration's report files (it runs in the request; its reports are read on any instance).
CREATE TABLE calibration_report (
  calibration_id CHAR(36) NOT NULL,
  name           VARCHAR(100) NOT NULL,
  content        BINARY LARGE OBJECT NOT NULL,
  created_by     VARCHAR(200) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (calibration_id, name)
);
CREATE INDEX calibration_report_expires_idx ON calibration_report (expires_at);

CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BINARY LARGE OBJECT,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN NOT NULL,
  picked_by            VARCHAR(200),
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
