-- Where the portal shows what an in-app notification is about (a relative path such as /lamaran/{id}), so the inbox
-- can open it. Nullable: rows written before this column have none, and the portal falls back to its inbox.
ALTER TABLE notification ADD COLUMN link varchar(300);
