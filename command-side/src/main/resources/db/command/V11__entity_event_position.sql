-- Read-your-writes waits for a projection to pass the newest event that is not an audit record: every call appends
-- one, so the newest event of all moves thousands of times a second and reads would chase it. This index answers
-- that position without a scan.
CREATE INDEX domain_event_entry_not_audit ON domain_event_entry (global_index) WHERE type IS DISTINCT FROM 'ApiCall';
