-- One-off set-up of PostgreSQL for OpenRAS, run by a superuser (safe to run again):
--   psql -h 127.0.0.1 -U postgres -v owner_password="'...'" -v app_password="'...'" \
--        -f service/src/main/resources/db/setup/postgresql-setup.sql
-- openras_owner owns the database and its tables and runs the migrations (spring.flyway.user);
-- openras_app is the role the service connects as: it owns nothing, and the migration grants it
-- INSERT and SELECT on the audit and publication tables and nothing else.
\set ON_ERROR_STOP on
SELECT 'CREATE ROLE openras_owner LOGIN'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'openras_owner') \gexec
SELECT 'CREATE ROLE openras_app LOGIN'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'openras_app') \gexec
ALTER ROLE openras_owner PASSWORD :owner_password;
ALTER ROLE openras_app PASSWORD :app_password;
SELECT 'CREATE DATABASE openras OWNER openras_owner'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'openras') \gexec
