-- Shared by every service (platform/service-kit). Services number their own migrations from V1.

-- Transactional outbox: written in the same transaction as the state change, sent by OutboxRelay.
CREATE TABLE outbox_event (
    id          uuid         PRIMARY KEY,
    position    bigserial    NOT NULL,
    topic       varchar(200) NOT NULL,
    record_key  varchar(200) NOT NULL,
    event_type  varchar(200) NOT NULL,
    payload     text         NOT NULL,
    occurred_at timestamptz  NOT NULL,
    sent_at     timestamptz
);
CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Inbox: one row per consumed event, inserted with the consumer's effect; a duplicate insert means "already done".
CREATE TABLE processed_event (
    consumer     varchar(200) NOT NULL,
    event_id     uuid         NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
