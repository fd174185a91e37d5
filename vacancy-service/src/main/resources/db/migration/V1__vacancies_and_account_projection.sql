-- Accounts as this service knows them, from account.status-changed.v1.
CREATE TABLE account_projection (
    account_id   uuid        PRIMARY KEY,
    account_type varchar(20) NOT NULL,
    status       varchar(30) NOT NULL,
    display_name varchar(200),
    changed_at   timestamptz NOT NULL
);

-- Only the kecamatan of a job seeker, from account.registered.v1: it feeds the public hires-by-kecamatan counts.
-- Nothing else of the registration (NIK, birth date, contact) is kept here.
CREATE TABLE account_domicile (
    account_id     uuid       PRIMARY KEY,
    kecamatan_code varchar(6) NOT NULL
);

CREATE TABLE vacancy (
    id                  uuid         PRIMARY KEY,
    employer_id         uuid         NOT NULL,
    -- Taken from the verified employer's projected name at publication, so nobody posts in another company's name.
    company_name        varchar(200),
    title               varchar(200) NOT NULL,
    description         text         NOT NULL,
    requirements        text         NOT NULL,
    minimum_education   varchar(3)   NOT NULL,
    education_rank      smallint     NOT NULL,
    kecamatan_code      varchar(6)   NOT NULL,
    employment_type     varchar(10)  NOT NULL,
    salary_min          bigint,
    salary_max          bigint,
    openings            integer      NOT NULL CHECK (openings > 0),
    closing_date        date         NOT NULL,
    status              varchar(20)  NOT NULL,
    screening_matches   text,
    close_reason        varchar(30),
    created_at          timestamptz  NOT NULL,
    published_at        timestamptz,
    closed_at           timestamptz,
    search              tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('indonesian', coalesce(title, '')), 'A')
                            || setweight(to_tsvector('indonesian', coalesce(company_name, '')), 'B')
                            || setweight(to_tsvector('indonesian', coalesce(description, '')), 'C')) STORED,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);
CREATE INDEX vacancy_search ON vacancy USING gin (search) WHERE status = 'PUBLISHED';
CREATE INDEX vacancy_newest ON vacancy (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX vacancy_employer ON vacancy (employer_id, created_at DESC);
CREATE INDEX vacancy_review_queue ON vacancy (created_at) WHERE status = 'NEEDS_REVIEW';
CREATE INDEX vacancy_to_close ON vacancy (closing_date) WHERE status = 'PUBLISHED';

CREATE TABLE application (
    id            uuid        PRIMARY KEY,
    vacancy_id    uuid        NOT NULL REFERENCES vacancy (id),
    job_seeker_id uuid        NOT NULL,
    status        varchar(12) NOT NULL,
    submitted_at  timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    -- One application per job seeker and vacancy, also under concurrent double submits.
    CONSTRAINT application_once UNIQUE (vacancy_id, job_seeker_id)
);
CREATE INDEX application_job_seeker ON application (job_seeker_id, submitted_at DESC);
