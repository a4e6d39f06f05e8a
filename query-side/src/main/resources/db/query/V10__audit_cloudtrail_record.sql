-- The audit log keeps each record as CloudTrail's JSON (what LookupEvents answers with) next to the columns it is
-- looked up by. Rows projected before this version get a record built from their columns.
ALTER TABLE audit_event ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE audit_event ADD COLUMN username TEXT;
ALTER TABLE audit_event ADD COLUMN shared_event_id VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN cloudtrail_event JSONB;

UPDATE audit_event SET
    read_only = coalesce(event_source = 'sts.amazonaws.com' AND event_name IS NOT NULL
        OR event_name ~ '^(Get|List|Describe|Lookup|Simulate|Search|Decode)[A-Z]', FALSE),
    username = CASE
        WHEN identity_type = 'Root' THEN 'root'
        WHEN identity_type IN ('IAMUser', 'AssumedRole', 'FederatedUser') THEN substring(principal_arn from '[^/]+$')
    END;
UPDATE audit_event SET cloudtrail_event = jsonb_strip_nulls(jsonb_build_object(
    'eventVersion', '1.08',
    'userIdentity', jsonb_build_object('type', identity_type, 'principalId', principal_id, 'arn', principal_arn,
                                       'accountId', principal_account_id, 'accessKeyId', access_key_id),
    'eventTime', to_char(event_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'eventSource', event_source, 'eventName', event_name, 'awsRegion', aws_region,
    'sourceIPAddress', source_ip_address, 'userAgent', user_agent, 'errorCode', error_code,
    'errorMessage', error_message, 'requestID', request_id, 'eventID', event_id, 'readOnly', read_only,
    'eventType', 'AwsApiCall', 'managementEvent', true, 'recipientAccountId', recipient_account_id,
    'eventCategory', 'Management'));
ALTER TABLE audit_event ALTER COLUMN cloudtrail_event SET NOT NULL;

CREATE INDEX audit_event_lookup ON audit_event (recipient_account_id, event_time DESC, event_id DESC);
