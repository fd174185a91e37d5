-- Employers: the company behind an EMPLOYER account. NIB and NPWP are stored as digits only.
CREATE TABLE employer_profile (
    account_id      uuid          PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    company_name    varchar(200)  NOT NULL,
    -- 13 digits from OSS; one account per business (accounts.NewAccounts inserts with ON CONFLICT DO NOTHING).
    nib             varchar(13)   NOT NULL,
    -- 15 digits (old form) or 16 digits (new form); branches of one company share the first 9, so not unique.
    npwp            varchar(16)   NOT NULL,
    address         varchar(500)  NOT NULL,
    kecamatan_code  varchar(6)    NOT NULL,
    contact_person  varchar(150)  NOT NULL,
    consent_given_at timestamptz  NOT NULL,
    version         bigint        NOT NULL,
    CONSTRAINT employer_profile_nib_key UNIQUE (nib)
);

-- Progressive lock-out after repeated failed logins on one account (auth.LoginLockouts).
CREATE TABLE login_lockout (
    account_id            uuid         PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    -- Failures since the last success or the last lock.
    consecutive_failures  integer      NOT NULL,
    -- How many times the account was locked since the last successful login: each lock lasts twice the previous.
    lockouts              integer      NOT NULL,
    locked_until          timestamptz
);

-- Uploaded documents: metadata here, content behind documents.DocumentStorage (document_content for PostgreSQL).
-- One current document per account and type: a new upload replaces the previous one.
CREATE TABLE document (
    id            uuid          PRIMARY KEY,
    account_id    uuid          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    type          varchar(20)   NOT NULL,
    -- Decided from the content's first bytes, never from the file name or the client's Content-Type.
    format        varchar(10)   NOT NULL,
    size_bytes    integer       NOT NULL,
    sha256        varchar(64)   NOT NULL,
    uploaded_at   timestamptz   NOT NULL,
    CONSTRAINT document_account_type_key UNIQUE (account_id, type),
    CONSTRAINT document_format_check CHECK (format IN ('JPEG', 'PNG', 'PDF'))
);

-- PostgreSQL implementation of DocumentStorage. No foreign key: storage is addressed by id only, like an object store.
CREATE TABLE document_content (
    id       uuid   PRIMARY KEY,
    content  bytea  NOT NULL
);

-- Each submission of documents for verification ("submission" counts from 1 per account).
CREATE TABLE document_submission (
    account_id      uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    submission      integer      NOT NULL,
    document_types  text[]       NOT NULL,
    submitted_at    timestamptz  NOT NULL,
    PRIMARY KEY (account_id, submission)
);

-- Every read of a document's content by staff (UU PDP: who read what, when). Holds ids and types only, no personal
-- data, and is kept when the owner's account is erased: it is the office's record of access.
CREATE TABLE document_read_audit (
    id             uuid          PRIMARY KEY,
    owner_id       uuid          NOT NULL,
    document_id    uuid          NOT NULL,
    document_type  varchar(20)   NOT NULL,
    reader_id      uuid          NOT NULL,
    reader_roles   varchar(100)  NOT NULL,
    read_at        timestamptz   NOT NULL
);
CREATE INDEX document_read_audit_owner ON document_read_audit (owner_id, read_at);

-- What is left of an erased account: anonymous figures for the labour-market statistics, nothing that identifies
-- the person (no id, no name, no NIK; birth year and registration date only).
CREATE TABLE erased_account_statistics (
    id              uuid          PRIMARY KEY,
    account_type    varchar(20)   NOT NULL,
    kecamatan_code  varchar(6),
    education       varchar(3),
    birth_year      integer,
    registered_on   date          NOT NULL,
    erased_on       date          NOT NULL
);
