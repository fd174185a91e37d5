-- How to reach the person (shown to the verifier holding the case, never logged) and case search by name.
ALTER TABLE verification_case
    ADD COLUMN email varchar(254),
    ADD COLUMN phone varchar(20);
CREATE INDEX verification_case_by_name ON verification_case (lower(display_name) text_pattern_ops);
