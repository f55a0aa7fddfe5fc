-- Councils' registers of people receiving long-term support, for the personalisation measures
-- (issue 25, docs/adr/0030): JSON Lines of pseudonymous records, kept until expires_at.
CREATE TABLE measure_register (
  id         CHAR(36) PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  content    CHARACTER LARGE OBJECT NOT NULL,
  lines      BIGINT NOT NULL,
  rejected   BIGINT NOT NULL,
  kept_by    VARCHAR(200) NOT NULL,
  kept_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX measure_register_expires_idx ON measure_register (expires_at);
