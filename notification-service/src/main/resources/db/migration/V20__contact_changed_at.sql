-- When the contact details last changed after registration (account.contact-changed.v1). The registration event,
-- on another topic, may arrive after a change: it then no longer overwrites the newer e-mail and phone.
ALTER TABLE contact ADD COLUMN contact_changed_at timestamptz;
