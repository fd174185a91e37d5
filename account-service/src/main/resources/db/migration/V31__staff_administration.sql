-- Staff administration (staff.StaffAdministration): a password an ADMIN reset is temporary, to be changed at the next
-- sign-in.
ALTER TABLE account ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- TOTP second factor of staff (auth.SecondFactors, RFC 6238). The secret is what the authenticator app holds; it is
-- confirmed by a first code. last_used_step refuses a code used before (replay) and every older one.
CREATE TABLE second_factor (
    account_id      uuid          PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret          bytea         NOT NULL,
    confirmed_at    timestamptz,
    last_used_step  bigint        NOT NULL DEFAULT 0
);

-- Staff roles (VERIFIER, ADMIN) for which an ADMIN requires a second factor at sign-in. Empty: required for nobody.
CREATE TABLE second_factor_requirement (
    account_type  varchar(20)  PRIMARY KEY,
    required_by   uuid         NOT NULL,
    required_at   timestamptz  NOT NULL,
    CONSTRAINT second_factor_requirement_type CHECK (account_type IN ('VERIFIER', 'ADMIN'))
);
