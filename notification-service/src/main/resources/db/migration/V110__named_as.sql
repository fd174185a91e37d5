-- The name a notice used for the person it names, as it was then: a person may be renamed (an approved identity
-- correction) before being erased, and erasure must rewrite the old name out of the notices too (issue 16). Deleted
-- with the row on erasure. Null for rows written before: erasure then falls back to the current name.
ALTER TABLE named_person ADD COLUMN named_as varchar(200);
