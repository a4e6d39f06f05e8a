-- The resource a call names, as CloudTrail's "resources" and LookupEvents' ResourceType / ResourceName: today the
-- role of the AssumeRole calls.
ALTER TABLE audit_event ADD COLUMN resource_type TEXT;
ALTER TABLE audit_event ADD COLUMN resource_name TEXT;
CREATE INDEX audit_event_resource ON audit_event (recipient_account_id, resource_name);
