-- Accounts as this service knows them, from account.status-changed.v1.
CREATE TABLE account_projection (
    account_id   uuid        PRIMARY KEY,
    account_type varchar(20) NOT NULL,
    status       varchar(30) NOT NULL,
    display_name varchar(200),
    changed_at   timestamptz NOT NULL
);

CREATE TABLE vacancy (
    id              uuid         PRIMARY KEY,
    employer_id     uuid         NOT NULL,
    company_name    varchar(200) NOT NULL,
    title           varchar(200) NOT NULL,
    description     text         NOT NULL,
    kecamatan_code  varchar(6)   NOT NULL,
    employment_type varchar(10)  NOT NULL,
    status          varchar(20)  NOT NULL,
    closing_date    date         NOT NULL,
    published_at    timestamptz
);
CREATE INDEX vacancy_published ON vacancy (published_at DESC) WHERE status = 'PUBLISHED';
