-- One case per account in the verifiers' queue. Only what the queue needs; the NIK is kept for the automatic checks.
CREATE TABLE verification_case (
    id               uuid         PRIMARY KEY,
    account_id       uuid         NOT NULL,
    account_type     varchar(20)  NOT NULL,
    display_name     varchar(200),
    kecamatan_code   varchar(6),
    nik              varchar(16),
    registered_at    timestamptz  NOT NULL,
    status           varchar(20)  NOT NULL,
    claimed_by       uuid,
    lease_expires_at timestamptz,
    outcome          varchar(30),
    decided_by       uuid,
    decided_at       timestamptz,
    opened_at        timestamptz  NOT NULL,
    -- A re-delivered or repeated account.registered can never open a second case.
    CONSTRAINT verification_case_one_per_account UNIQUE (account_id),
    CONSTRAINT verification_case_status CHECK (status IN ('PENDING', 'CLAIMED', 'DECIDED')),
    CONSTRAINT verification_case_claim CHECK (status <> 'CLAIMED'
        OR (claimed_by IS NOT NULL AND lease_expires_at IS NOT NULL))
);
-- The queue head: claim-next and the queue statistics read only open cases, oldest registration first.
CREATE INDEX verification_case_open ON verification_case (registered_at, id) WHERE status IN ('PENDING', 'CLAIMED');
CREATE INDEX verification_case_by_status ON verification_case (status, registered_at, id);

-- The latest documents an account submitted (account.documents-submitted.v1). Kept apart from the case because the
-- documents event may arrive before account.registered (different topics are not ordered with each other).
CREATE TABLE submitted_documents (
    account_id     uuid        PRIMARY KEY,
    document_types text[]      NOT NULL,
    submission     integer     NOT NULL,
    submitted_at   timestamptz NOT NULL
);

-- Audit of every decision, append-only.
CREATE TABLE verification_decision (
    id                uuid          PRIMARY KEY,
    case_id           uuid          NOT NULL REFERENCES verification_case (id),
    account_id        uuid          NOT NULL,
    outcome           varchar(30)   NOT NULL,
    reason_code       varchar(40),
    note              varchar(1000),
    documents_to_redo text[]        NOT NULL,
    decided_by        uuid          NOT NULL,
    decided_at        timestamptz   NOT NULL
);
CREATE INDEX verification_decision_by_case ON verification_decision (case_id, decided_at);

CREATE FUNCTION verification_decision_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'verification_decision is append-only';
END;
$$;
CREATE TRIGGER verification_decision_append_only
    BEFORE UPDATE OR DELETE ON verification_decision
    FOR EACH ROW EXECUTE FUNCTION verification_decision_is_append_only();
