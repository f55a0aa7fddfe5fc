-- Drafts of next year's figures made in the product (issue 16, docs/adr/0007): a policy officer's
-- uprating draft, its entries (draft_json) and the version folder built from them (files_json:
-- path -> base64, as published_content), served beside the configured rule store as drafts until
-- published. Editable until published: unlike the audit and publication tables (INSERT and SELECT
-- only, behind triggers), the service's role may UPDATE and DELETE rows of this table. What is
-- published is copied into published_content, which stays immutable.
CREATE TABLE uprating_draft (
  area           VARCHAR(200) NOT NULL,
  version        VARCHAR(100) NOT NULL,
  source_version VARCHAR(100) NOT NULL,
  draft_json     TEXT NOT NULL,
  files_json     TEXT NOT NULL,
  created_by     VARCHAR(200) NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  updated_by     VARCHAR(200) NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (area, version)
);

REVOKE ALL ON uprating_draft FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON uprating_draft TO ${appRole};
