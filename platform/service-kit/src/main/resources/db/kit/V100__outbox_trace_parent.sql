-- The W3C traceparent of the request that wrote the event (null when none): the relay sends it as a Kafka header and
-- the consumers' inbox restores it, so one trace id follows a registration from the gateway to every consumer's logs.
ALTER TABLE outbox_event ADD COLUMN trace_parent varchar(55);
