-- Issue 14. A job seeker's career profile, which employers they apply to may read: skills, work experience, major,
-- desired job; a disability only if the person chose to share it (share_disability).
CREATE TABLE career_profile (
    account_id       uuid          PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    skills           text[]        NOT NULL DEFAULT '{}',
    -- [{"employer", "role", "from": "2021-03", "to": "2023-08" | null}], newest first as the person wrote them.
    experiences      jsonb         NOT NULL DEFAULT '[]',
    major            varchar(120),
    desired_job      varchar(120),
    disability       varchar(300),
    share_disability boolean       NOT NULL DEFAULT false,
    updated_at       timestamptz   NOT NULL
);

-- Which employer may read which applicant, from vacancy-service's application.submitted.v1 and
-- application.status-changed.v1: the employer of the application's vacancy, while the application is open.
CREATE TABLE applicant_access (
    application_id uuid         PRIMARY KEY,
    vacancy_id     uuid         NOT NULL,
    employer_id    uuid         NOT NULL,
    job_seeker_id  uuid         NOT NULL,
    status         varchar(12)  NOT NULL,
    changed_at     timestamptz  NOT NULL
);
CREATE INDEX applicant_access_job_seeker ON applicant_access (job_seeker_id);

-- Every read of an applicant's profile or CV by an employer (UU PDP: who read what, when), as document_read_audit is
-- for staff. Ids only; shown to the person in their export.
CREATE TABLE applicant_read_audit (
    id             uuid          PRIMARY KEY,
    owner_id       uuid          NOT NULL,
    application_id uuid          NOT NULL,
    reader_id      uuid          NOT NULL,
    what           varchar(10)   NOT NULL CHECK (what IN ('PROFILE', 'CV')),
    document_id    uuid,
    read_at        timestamptz   NOT NULL
);
CREATE INDEX applicant_read_audit_owner ON applicant_read_audit (owner_id, read_at);
