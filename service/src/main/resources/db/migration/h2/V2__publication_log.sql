-- The publication log (DESIGN.md §3, docs/adr/0004): who published or withdrew which rule-set
-- version, effective when, hash-chained like the audit trail, and the published versions' files,
-- so every instance serves the same set from the database. Append-only in the code; H2 has no
-- triggers of the kind PostgreSQL has, and the chain shows any change (GET /api/v1/rulesets/publications).
CREATE TABLE publication_entry (
  sequence       BIGINT PRIMARY KEY,
  area           VARCHAR(200) NOT NULL,
  version        VARCHAR(100) NOT NULL,
  content_hash   CHAR(64) NOT NULL,
  action         VARCHAR(20) NOT NULL CHECK (action IN ('PUBLISH', 'WITHDRAW')),
  effective_from DATE NOT NULL,
  actor          VARCHAR(200) NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  note           VARCHAR(2000) NOT NULL,
  previous_hash  CHAR(64) NOT NULL,
  entry_hash     CHAR(64) NOT NULL
);

-- A published version's files: a JSON object of path (relative to the version folder) to the
-- file's bytes in base64. Written once, with its first PUBLISH entry; content_hash is the
-- version's hash (VersionHasher), checked again every time the version is loaded.
CREATE TABLE published_content (
  area         VARCHAR(200) NOT NULL,
  version      VARCHAR(100) NOT NULL,
  content_hash CHAR(64) NOT NULL,
  files_json   CHARACTER LARGE OBJECT NOT NULL,
  PRIMARY KEY (area, version)
);

-- One row whose lock serialises appends to the publication log across every connection.
CREATE TABLE publication_chain_lock (
  id INT PRIMARY KEY
);
INSERT INTO publication_chain_lock (id) VALUES (1);
