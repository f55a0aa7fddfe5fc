-- Drafts of next year's figures made in the product (issue 16, docs/adr/0007): a policy officer's
-- uprating draft, its entries (draft_json) and the version folder built from them (files_json:
-- path -> base64, as published_content), served beside the configured rule store as drafts until
-- published. Editable until published, so unlike the audit and publication tables the service may
-- UPDATE and DELETE rows here.
CREATE TABLE uprating_draft (
  area           VARCHAR(200) NOT NULL,
  version        VARCHAR(100) NOT NULL,
  source_version VARCHAR(100) NOT NULL,
  draft_json     CHARACTER LARGE OBJECT NOT NULL,
  files_json     CHARACTER LARGE OBJECT NOT NULL,
  created_by     VARCHAR(200) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by     VARCHAR(200) NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (area, version)
);
