-- The labour-market report's own projection of the other services' events (no reads of their databases): vacancies
-- published, vacancies closed (by reason: the office's take-downs among them), applications and placements. None of it
-- identifies a person. Job seekers' figures come from this service's own cases and decisions.
CREATE TABLE report_vacancy (
    vacancy_id      uuid PRIMARY KEY,
    published_at    timestamptz NOT NULL,
    education       varchar(20),
    employment_type varchar(30),
    kecamatan_code  varchar(6)
);
CREATE INDEX report_vacancy_published ON report_vacancy (published_at);

CREATE TABLE report_vacancy_closed (
    vacancy_id uuid PRIMARY KEY,
    reason     varchar(40) NOT NULL,
    closed_at  timestamptz NOT NULL
);
CREATE INDEX report_vacancy_closed_at ON report_vacancy_closed (closed_at);

CREATE TABLE report_application (
    application_id uuid PRIMARY KEY,
    submitted_at   timestamptz,
    accepted_at    timestamptz
);
CREATE INDEX report_application_submitted ON report_application (submitted_at);
CREATE INDEX report_application_accepted ON report_application (accepted_at);
