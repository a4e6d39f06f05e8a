-- A client chooses its User-Agent and the text echoed in validation errors: no length of theirs may fail a row.
ALTER TABLE audit_event ALTER COLUMN user_agent TYPE TEXT;
ALTER TABLE audit_event ALTER COLUMN error_message TYPE TEXT;
ALTER TABLE audit_event ALTER COLUMN event_name TYPE TEXT;
ALTER TABLE audit_event ALTER COLUMN aws_region TYPE TEXT;
ALTER TABLE audit_event ALTER COLUMN access_key_id TYPE TEXT;
