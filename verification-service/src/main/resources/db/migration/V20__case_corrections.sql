-- An identity correction ("koreksi data") that reopened the account's case: the values before it, so the verifier
-- sees old beside new (the case row holds the corrected ones). One row per case, the latest correction.
CREATE TABLE case_correction (
    case_id               uuid          PRIMARY KEY REFERENCES verification_case (id) ON DELETE CASCADE,
    account_id            uuid          NOT NULL,
    reason_code           varchar(40)   NOT NULL,
    previous_name         varchar(200),
    previous_nik          varchar(16),
    previous_birth_place  varchar(100),
    previous_birth_date   date,
    previous_sex          varchar(1),
    requested_at          timestamptz   NOT NULL
);
