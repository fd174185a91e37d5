-- "Laporkan masalah / saran": what the public tells the office during the public trial, and its triage.
CREATE TABLE feedback (
    id              uuid PRIMARY KEY,
    category        varchar(20)   NOT NULL,
    page            varchar(300),
    text            varchar(2000) NOT NULL,
    screenshot      bytea,
    screenshot_type varchar(20),
    -- Null for anonymous feedback: nobody to reply to.
    account_id      uuid,
    status          varchar(20)   NOT NULL,
    internal_note   varchar(2000),
    reply           varchar(2000),
    replied_by      uuid,
    replied_at      timestamptz,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL
);
CREATE INDEX feedback_triage ON feedback (status, created_at);
