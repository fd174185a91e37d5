-- Each person's channel choices. No row = the defaults (in-app always; email on; SMS/WhatsApp off, it costs money).
CREATE TABLE notification_preference (
    account_id    uuid        PRIMARY KEY,
    email_enabled boolean     NOT NULL,
    sms_enabled   boolean     NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- A job seeker's saved vacancy alerts; a null criterion matches anything. education_rank is the person's level
-- (SD=1 … S3=9, SMA and SMK equal, D4 and S1 equal): a vacancy matches if it asks for that level or less.
CREATE TABLE job_alert (
    id              uuid        PRIMARY KEY,
    account_id      uuid        NOT NULL,
    kecamatan_code  varchar(10),
    education       varchar(5),
    education_rank  smallint,
    employment_type varchar(30),
    created_at      timestamptz NOT NULL
);
CREATE INDEX job_alert_account ON job_alert (account_id);
CREATE INDEX job_alert_kecamatan ON job_alert (kecamatan_code);

-- Email and SMS/WhatsApp messages to send, rendered in the person's language when the event was consumed; a
-- scheduled dispatcher (not the Kafka consumer) sends them. One per event, channel and recipient.
CREATE TABLE delivery (
    id              uuid         PRIMARY KEY,
    event_id        uuid         NOT NULL,
    channel         varchar(20)  NOT NULL,
    recipient       varchar(320) NOT NULL,
    account_id      uuid         NOT NULL,
    kind            varchar(40)  NOT NULL,
    language        varchar(10)  NOT NULL,
    subject         varchar(300) NOT NULL,
    body            text         NOT NULL,
    status          varchar(10)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      varchar(500),
    next_attempt_at timestamptz  NOT NULL,
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT delivery_once UNIQUE (event_id, channel, recipient),
    CONSTRAINT delivery_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX delivery_due ON delivery (channel, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_failed ON delivery (created_at) WHERE status = 'FAILED';
CREATE INDEX delivery_account ON delivery (account_id);
