-- Erasure (issue 16): an erased job seeker's applications stay (the vacancy's public counts, the employer's pipeline)
-- under a random pseudonym instead of the account id, marked so the employer reads "Pelamar telah menghapus akun".
ALTER TABLE application ADD COLUMN applicant_erased boolean NOT NULL DEFAULT false;
