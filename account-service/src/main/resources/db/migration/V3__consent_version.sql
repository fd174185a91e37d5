-- The version of the consent text (the stated purpose of the processing, UU PDP) each person agreed to. Rows from
-- before versioning agreed to the first text.
ALTER TABLE job_seeker_profile ADD COLUMN consent_version varchar(40) NOT NULL DEFAULT '2026-09-01';
ALTER TABLE employer_profile ADD COLUMN consent_version varchar(40) NOT NULL DEFAULT '2026-09-01';
ALTER TABLE job_seeker_profile ALTER COLUMN consent_version DROP DEFAULT;
ALTER TABLE employer_profile ALTER COLUMN consent_version DROP DEFAULT;
