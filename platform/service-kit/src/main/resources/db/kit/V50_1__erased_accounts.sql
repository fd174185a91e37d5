-- Accounts erased at their owner's request (UU PDP), in every service: only the random account id, which names nobody
-- once the account service forgot the account. Consumers check it so a late, redelivered or replayed event never
-- brings the person back into a projection, and writes for an erased id are refused instead of recreating rows.
CREATE TABLE erased_account (
    account_id uuid        PRIMARY KEY,
    erased_at  timestamptz NOT NULL
);
