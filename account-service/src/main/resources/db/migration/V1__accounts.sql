-- Accounts of every type. Personal details of job seekers live in job_seeker_profile (employers will get their own
-- profile table), so the account row stays the same for every type.
CREATE TABLE account (
    id                 uuid          PRIMARY KEY,
    type               varchar(20)   NOT NULL,
    status             varchar(30)   NOT NULL,
    display_name       varchar(150)  NOT NULL,
    -- Stored normalised (trimmed, lower case) so the unique constraint is case-insensitive in effect.
    email              varchar(254)  NOT NULL,
    -- E.164 (+62...); staff accounts may have none.
    phone              varchar(20),
    password_hash      varchar(255)  NOT NULL,
    preferred_language varchar(2)    NOT NULL,
    -- Why the status is what it is (set by verification decisions): reason code, verifier's note, documents to redo.
    status_reason_code varchar(100),
    status_note        varchar(2000),
    documents_to_redo  text[]        NOT NULL DEFAULT '{}',
    status_changed_at  timestamptz   NOT NULL,
    -- decidedAt of the last verification decision applied; older decisions arriving late are ignored.
    status_decided_at  timestamptz,
    created_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL,
    -- These keys decide duplicates (accounts.NewAccounts inserts with ON CONFLICT DO NOTHING): one account per value.
    CONSTRAINT account_email_key UNIQUE (email),
    CONSTRAINT account_phone_key UNIQUE (phone),
    CONSTRAINT account_type_check CHECK (type IN ('JOB_SEEKER', 'EMPLOYER', 'VERIFIER', 'ADMIN')),
    CONSTRAINT account_status_check CHECK (status IN ('PENDING_VERIFICATION', 'REVISION_REQUESTED', 'VERIFIED',
                                                      'REJECTED', 'SUSPENDED', 'ERASED')),
    CONSTRAINT account_language_check CHECK (preferred_language IN ('id', 'en'))
);

CREATE TABLE job_seeker_profile (
    account_id       uuid          PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    nik              varchar(16)   NOT NULL,
    birth_place      varchar(100)  NOT NULL,
    birth_date       date          NOT NULL,
    sex              varchar(1)    NOT NULL,
    address          varchar(500)  NOT NULL,
    kecamatan_code   varchar(6)    NOT NULL,
    education        varchar(3)    NOT NULL,
    -- The NIK's encoded birth date or sex disagrees with the stated ones: a red flag for the verifier, not a rejection.
    nik_mismatch     boolean       NOT NULL,
    consent_given_at timestamptz   NOT NULL,
    version          bigint        NOT NULL,
    CONSTRAINT job_seeker_profile_nik_key UNIQUE (nik),
    CONSTRAINT job_seeker_profile_sex_check CHECK (sex IN ('M', 'F'))
);

-- Refresh tokens are stored as SHA-256 hashes only. Each login starts a family; a refresh marks the presented token
-- used and issues the next one in the same family. Presenting a used token again revokes the whole family.
CREATE TABLE refresh_token (
    id          uuid         PRIMARY KEY,
    account_id  uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    family_id   uuid         NOT NULL,
    token_hash  varchar(64)  NOT NULL,
    issued_at   timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    CONSTRAINT refresh_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_account ON refresh_token (account_id);
