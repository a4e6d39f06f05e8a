-- The audit log writes a row for every call, and nothing reads inside the CloudTrail record: LookupEvents hands it
-- back whole. Stored as JSONB, PostgreSQL parsed every record on insert and printed it again on every read, which
-- made this insert the largest single cost of PostgreSQL's per call under load (docs/performance.md). Text keeps the
-- record as the projection wrote it. The index on event_time alone served no query: every lookup is per account and
-- uses audit_event_lookup.
ALTER TABLE audit_event ALTER COLUMN cloudtrail_event TYPE TEXT USING cloudtrail_event::text;
DROP INDEX IF EXISTS audit_event_time;
