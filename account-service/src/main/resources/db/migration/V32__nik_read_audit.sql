-- Every view of someone else's full NIK (an ADMIN's GET /api/accounts/{id}; profile.NikReads): who, when, whose. Ids
-- and roles only, no NIK. Kept after an erasure like the document-read audit.
CREATE TABLE nik_read_audit (
    id            uuid          PRIMARY KEY,
    owner_id      uuid          NOT NULL,
    reader_id     uuid          NOT NULL,
    reader_roles  varchar(100)  NOT NULL,
    read_at       timestamptz   NOT NULL
);

CREATE INDEX nik_read_audit_owner ON nik_read_audit (owner_id, read_at);
