-- Who to notify and in which language: a projection of account.registered.v1 and account.status-changed.v1.
-- Deleted when the account is ERASED.
CREATE TABLE contact (
    account_id         uuid         PRIMARY KEY,
    account_type       varchar(20),
    display_name       varchar(200),
    email              varchar(320),
    phone              varchar(30),
    preferred_language varchar(10),
    status             varchar(30),
    updated_at         timestamptz  NOT NULL
);

-- Every notification sent, per channel (IN_APP now; EMAIL, SMS later). One per event, channel and recipient, even if
-- the inbox's processed_event were bypassed or purged.
CREATE TABLE notification (
    id          uuid         PRIMARY KEY,
    event_id    uuid         NOT NULL,
    channel     varchar(20)  NOT NULL,
    recipient   varchar(320) NOT NULL,
    account_id  uuid         NOT NULL,
    kind        varchar(40)  NOT NULL,
    language    varchar(10)  NOT NULL,
    title       varchar(300) NOT NULL,
    body        text         NOT NULL,
    created_at  timestamptz  NOT NULL,
    read_at     timestamptz,
    CONSTRAINT notification_once UNIQUE (event_id, channel, recipient)
);
CREATE INDEX notification_inbox ON notification (account_id, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (account_id) WHERE read_at IS NULL;
