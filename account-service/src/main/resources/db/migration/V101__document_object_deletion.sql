-- Object deletions promised by committed transactions (S3DocumentStorage): written in the transaction that drops a
-- document, carried out after its commit, retried by ObjectDeletionRetries until the object store has done it.
-- Ids only: what was deleted is not personal data, and the row goes once the object has.
CREATE TABLE document_object_deletion (
    id            uuid         PRIMARY KEY,
    requested_at  timestamptz  NOT NULL
);
