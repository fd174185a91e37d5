-- Issue 14: the employer's hiring loop and moderation against brokers (calo).

-- The last move's reason and note (a rejection's reason code, a closing's reason, the employer's note to the person).
ALTER TABLE application ADD COLUMN status_reason_code varchar(40);
ALTER TABLE application ADD COLUMN status_note varchar(1000);

-- Every status an application went through, for the job seeker's and the employer's detail view. Applications made
-- before V60 start their history at their current status (backfilled below).
CREATE TABLE application_status_history (
    id             bigserial    PRIMARY KEY,
    application_id uuid         NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    status         varchar(12)  NOT NULL,
    reason_code    varchar(40),
    note           varchar(1000),
    changed_at     timestamptz  NOT NULL
);
CREATE INDEX application_status_history_of ON application_status_history (application_id, changed_at, id);
INSERT INTO application_status_history (application_id, status, changed_at)
SELECT id, 'DIKIRIM', submitted_at FROM application;
INSERT INTO application_status_history (application_id, status, changed_at)
SELECT id, status, updated_at FROM application WHERE status <> 'DIKIRIM';

-- The interview an application is invited to: wall-clock time in WIB (Karawang has no daylight saving), a place or an
-- online link, and the employer's contact person. A reschedule overwrites it and counts up sequence (the .ics SEQUENCE).
CREATE TABLE interview (
    application_id   uuid          PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    starts_at        timestamp     NOT NULL,
    duration_minutes integer       NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
    place            varchar(300),
    online_link      varchar(500),
    contact_name     varchar(120)  NOT NULL,
    contact_phone    varchar(20)   NOT NULL,
    note             varchar(1000),
    sequence         integer       NOT NULL DEFAULT 0,
    updated_at       timestamptz   NOT NULL,
    CHECK (place IS NOT NULL OR online_link IS NOT NULL)
);

-- "Laporkan lowongan": anyone may report. reporter_key identifies the reporter for the rate limit only: the account id,
-- or for anonymous reporters a keyed hash of the client address (no address is stored).
CREATE TABLE vacancy_report (
    id                  uuid          PRIMARY KEY,
    vacancy_id          uuid          NOT NULL REFERENCES vacancy (id),
    reason_code         varchar(40)   NOT NULL,
    text                varchar(2000),
    reporter_account_id uuid,
    reporter_key        varchar(64)   NOT NULL,
    created_at          timestamptz   NOT NULL,
    resolved_at         timestamptz,
    resolution          varchar(30)
);
CREATE INDEX vacancy_report_open ON vacancy_report (vacancy_id, created_at) WHERE resolved_at IS NULL;
CREATE INDEX vacancy_report_by_reporter ON vacancy_report (reporter_key, created_at);

-- An employer suspended by an ADMIN: no new posts, its published vacancies HIDDEN until lifted.
CREATE TABLE employer_suspension (
    employer_id  uuid          PRIMARY KEY,
    reason_code  varchar(40)   NOT NULL,
    note         varchar(1000) NOT NULL,
    suspended_by uuid          NOT NULL,
    suspended_at timestamptz   NOT NULL
);
CREATE INDEX vacancy_hidden_of_employer ON vacancy (employer_id) WHERE status = 'HIDDEN';

-- Reviewers' notes and decisions (release, reject, take-down, suspend, lift, dismiss a report): append-only. The
-- trigger refuses UPDATE and DELETE for every role the service uses, so a record cannot be rewritten afterwards.
CREATE TABLE moderation_audit (
    id          bigserial     PRIMARY KEY,
    at          timestamptz   NOT NULL,
    actor_id    uuid          NOT NULL,
    action      varchar(30)   NOT NULL,
    vacancy_id  uuid,
    employer_id uuid,
    report_id   uuid,
    reason_code varchar(40),
    note        varchar(2000)
);
CREATE INDEX moderation_audit_employer ON moderation_audit (employer_id, at DESC);
CREATE INDEX moderation_audit_vacancy ON moderation_audit (vacancy_id, at DESC);

CREATE FUNCTION moderation_audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'moderation_audit is append-only';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER moderation_audit_append_only BEFORE UPDATE OR DELETE ON moderation_audit
    FOR EACH ROW EXECUTE FUNCTION moderation_audit_is_append_only();
