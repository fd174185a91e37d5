-- Each person's key for the personal fields of their events on Kafka (crypto-shredding, docs/architecture.md
-- "Personal data on Kafka"), wrapped (AES-GCM) with the master key from configuration. Erasure deletes the row: every
-- copy of the person's events (topics, .dlt, replays, backups of the broker) becomes unreadable. Backups of this
-- database keep a wrapped key for at most the backups' retention (docs/privacy.md).
CREATE TABLE personal_data_key (
    account_id  uuid        PRIMARY KEY,
    wrapped_key text        NOT NULL,
    created_at  timestamptz NOT NULL
);
