-- What the automatic checks and the console need from the registration, whether the case has every required
-- document (a case without them waits as "Menunggu dokumen" and is not offered to staff) and its queue priority.
ALTER TABLE verification_case
    ADD COLUMN birth_place        varchar(100),
    ADD COLUMN birth_date         date,
    ADD COLUMN sex                varchar(1),
    ADD COLUMN education          varchar(20),
    ADD COLUMN company_name       varchar(200),
    ADD COLUMN nib                varchar(30),
    ADD COLUMN npwp               varchar(30),
    ADD COLUMN contact_person     varchar(200),
    ADD COLUMN documents_complete boolean NOT NULL DEFAULT false,
    ADD COLUMN priority           integer NOT NULL DEFAULT 0;

-- The queue head: only complete, open cases; higher priority first, then oldest registration.
DROP INDEX verification_case_open;
CREATE INDEX verification_case_queue ON verification_case (priority DESC, registered_at, id)
    WHERE status IN ('PENDING', 'CLAIMED') AND documents_complete;
-- The service's own NIK index: "the same NIK already on another account".
CREATE INDEX verification_case_by_nik ON verification_case (nik) WHERE nik IS NOT NULL;

-- The automatic checks of a case, one row per check, recomputed when documents arrive. The message is stored in
-- Bahasa Indonesia; key and arguments let the console show it in English too.
CREATE TABLE case_check (
    case_id      uuid         NOT NULL REFERENCES verification_case (id),
    code         varchar(40)  NOT NULL,
    verdict      varchar(4)   NOT NULL,
    message_key  varchar(100) NOT NULL,
    message_args text[]       NOT NULL,
    message      varchar(500) NOT NULL,
    checked_at   timestamptz  NOT NULL,
    PRIMARY KEY (case_id, code),
    CONSTRAINT case_check_verdict CHECK (verdict IN ('PASS', 'WARN', 'FAIL'))
);

-- Statistics: decisions per hour, per verifier, a verifier's recent decisions.
CREATE INDEX verification_decision_by_time ON verification_decision (decided_at);
CREATE INDEX verification_decision_by_verifier ON verification_decision (decided_by, decided_at);
