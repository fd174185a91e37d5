-- AK/1 ("kartu kuning"): the job-seeker registration card the office must issue. One active card per account; a
-- revoked card keeps its number and public code so a scanned QR answers "tidak berlaku" instead of "unknown".
CREATE TABLE ak1_card (
    id                uuid PRIMARY KEY,
    account_id        uuid REFERENCES account (id),
    number            varchar(40)  NOT NULL UNIQUE,
    verification_code varchar(40)  NOT NULL UNIQUE,
    holder_initials   varchar(20),
    issued_on         date         NOT NULL,
    valid_until       date         NOT NULL,
    status            varchar(20)  NOT NULL,
    revoked_reason    varchar(40),
    revoked_at        timestamptz,
    version           bigint       NOT NULL
);
CREATE UNIQUE INDEX ak1_card_one_active_per_account ON ak1_card (account_id) WHERE status = 'ACTIVE';

-- Card numbers run per year: one row per year, incremented atomically (INSERT ... ON CONFLICT ... RETURNING).
CREATE TABLE ak1_number_counter (
    year        integer PRIMARY KEY,
    last_number integer NOT NULL
);

-- The six-monthly re-report ("lapor"): period 1 is due six months after issue, period 2 after twelve, ...
CREATE TABLE ak1_report (
    card_id     uuid        NOT NULL REFERENCES ak1_card (id),
    period      integer     NOT NULL,
    reported_at timestamptz NOT NULL,
    PRIMARY KEY (card_id, period)
);

-- One reminder per card and period, whatever the number of instances running the reminder job.
CREATE TABLE ak1_reminder (
    card_id uuid        NOT NULL REFERENCES ak1_card (id),
    period  integer     NOT NULL,
    sent_at timestamptz NOT NULL,
    PRIMARY KEY (card_id, period)
);
