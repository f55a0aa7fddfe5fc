-- The audit record's texts compressed with LZ4 instead of PostgreSQL's default pglz (issue 22,
-- docs/adr/0035). A record's request, result (about 16 kB of JSON) and rule-set list are stored
-- out of line and compressed (TOAST); pglz took much of the database's CPU per insert under load,
-- CPU the service shares on a small machine. LZ4 is several times faster at a similar size for this
-- text. Only how new values are stored changes: every value reads back byte for byte as written,
-- so each record's hash, the chain and replay are unchanged, and older rows stay pglz until
-- rewritten (PostgreSQL reads both). LZ4 needs PostgreSQL 14 or later built with it (the PGDG,
-- Debian and the main cloud builds are); on a server without it the columns keep pglz and the
-- migration says so in a notice rather than failing.
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    BEGIN
      EXECUTE 'ALTER TABLE audit_record'
        || ' ALTER COLUMN request_json SET COMPRESSION lz4,'
        || ' ALTER COLUMN result_json SET COMPRESSION lz4,'
        || ' ALTER COLUMN rule_sets SET COMPRESSION lz4';
    EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
      RAISE NOTICE 'audit_record keeps pglz compression: %', SQLERRM;
    END;
  ELSE
    RAISE NOTICE 'audit_record keeps pglz compression: PostgreSQL before 14 has no LZ4';
  END IF;
END
$$;
