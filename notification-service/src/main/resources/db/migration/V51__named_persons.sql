-- Which notices name another person (the employer's "<name> melamar ..."): when that person is erased, their name is
-- rewritten out of those notices and of the emails/SMS still waiting (issue 16). Only ids.
CREATE TABLE named_person (
    event_id   uuid NOT NULL,
    account_id uuid NOT NULL,
    PRIMARY KEY (account_id, event_id)
);
