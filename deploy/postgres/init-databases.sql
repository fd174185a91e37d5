-- Runs once, when the compose PostgreSQL volume is empty (docker-entrypoint-initdb.d).
-- One server, one database per service: no service reads another's tables. Flyway in each service creates the schema.
CREATE DATABASE account_service;
CREATE DATABASE verification_service;
CREATE DATABASE notification_service;
CREATE DATABASE vacancy_service;
