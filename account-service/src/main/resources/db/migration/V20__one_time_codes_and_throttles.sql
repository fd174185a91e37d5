-- One-time codes (recovery.OneTimeCodes): password reset and confirmation of a new e-mail address or phone number.
-- Only a bcrypt hash of the 6-digit code is kept; one live code per account and purpose (a new request replaces it).
CREATE TABLE one_time_code (
    account_id   uuid          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose      varchar(30)   NOT NULL,
    code_hash    varchar(100)  NOT NULL,
    -- The new address a CONTACT_CONFIRMATION code was sent to (applied once the code is confirmed); null for resets.
    target       varchar(254),
    attempts     integer       NOT NULL DEFAULT 0,
    expires_at   timestamptz   NOT NULL,
    created_at   timestamptz   NOT NULL,
    PRIMARY KEY (account_id, purpose),
    CONSTRAINT one_time_code_purpose_check CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_CHANGE', 'PHONE_CHANGE'))
);

-- Sliding-window counters of recovery requests (recovery.Throttle), per account and per client address. The key is a
-- SHA-256 of the account id or address, so the table holds no address in clear; rows older than a day are purged.
CREATE TABLE throttle_hit (
    scope    varchar(40)  NOT NULL,
    key_hash varchar(64)  NOT NULL,
    at       timestamptz  NOT NULL
);
CREATE INDEX throttle_hit_key ON throttle_hit (scope, key_hash, at);
CREATE INDEX throttle_hit_at ON throttle_hit (at);

-- An identity correction ("koreksi data") waiting for a verifier: the corrected values apply only on approval.
-- One pending correction per account; a NIK asked for is held against other accounts' requests.
CREATE TABLE identity_correction (
    account_id    uuid          PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    full_name     varchar(150)  NOT NULL,
    nik           varchar(16)   NOT NULL,
    birth_place   varchar(100)  NOT NULL,
    birth_date    date          NOT NULL,
    sex           varchar(1)    NOT NULL,
    requested_at  timestamptz   NOT NULL,
    CONSTRAINT identity_correction_nik_key UNIQUE (nik),
    CONSTRAINT identity_correction_sex_check CHECK (sex IN ('M', 'F'))
);
