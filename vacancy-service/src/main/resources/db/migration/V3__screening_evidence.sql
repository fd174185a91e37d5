-- Issue 14, fee screening that survives evasion. A held vacancy now keeps each finding as evidence for the reviewer:
-- which rule matched (screening_rules) and the text as the employer wrote it (screening_evidence), position by
-- position; screening_matches keeps what was read ("uang jaminan", a phone number as digits). Parallel arrays rather
-- than a child table: the evidence is written once, read only with its vacancy, and the review queue reads it without
-- a join. Vacancies held before V3 have no evidence, only their screening_matches.
ALTER TABLE vacancy ADD COLUMN screening_rules text[];
ALTER TABLE vacancy ADD COLUMN screening_evidence text[];
