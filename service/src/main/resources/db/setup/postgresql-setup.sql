-- One-off set-up of a PostgreSQL database for OpenRAS, run by a superuser:
--   psql -h 127.0.0.1 -U postgres -v owner_password="'...'" -v app_password="'...'" \
--        -f service/src/main/resources/db/setup/postgresql-setup.sql
-- openras_owner owns the database and its tables and runs the migrations (spring.flyway.user);
-- openras_app is the role the service connects as: it owns nothing and may only INSERT and SELECT
-- audit records (granted by the migration).
CREATE ROLE openras_owner LOGIN PASSWORD :owner_password;
CREATE ROLE openras_app LOGIN PASSWORD :app_password;
CREATE DATABASE openras OWNER openras_owner;
