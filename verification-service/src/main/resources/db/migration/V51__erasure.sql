-- Erasure (UU PDP, issue 16): an erased person's open case is WITHDRAWN (never claimable, outside every count), every
-- case of theirs loses its personal fields and its account id is replaced by a random pseudonym, which the decision
-- audit takes over too.
ALTER TABLE verification_case DROP CONSTRAINT verification_case_status;
ALTER TABLE verification_case ADD CONSTRAINT verification_case_status
    CHECK (status IN ('PENDING', 'CLAIMED', 'DECIDED', 'WITHDRAWN'));

-- The decision audit stays append-only, except for erasure's one change: the account id becomes the pseudonym and the
-- verifier's free-text note (it may quote the person) goes. Erasure says so with SET LOCAL infoloker.erasure = 'on'.
CREATE OR REPLACE FUNCTION verification_decision_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('infoloker.erasure', true) = 'on'
       AND NEW.id = OLD.id AND NEW.case_id = OLD.case_id AND NEW.outcome = OLD.outcome
       AND NEW.reason_code IS NOT DISTINCT FROM OLD.reason_code
       AND NEW.documents_to_redo = OLD.documents_to_redo AND NEW.decided_by = OLD.decided_by
       AND NEW.decided_at = OLD.decided_at AND NEW.note IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'verification_decision is append-only';
END;
$$;
