-- Group memberships as the command side needs them (may a group be deleted?), written by the subscribing
-- "command-directory" processor in the same transaction as the membership events of the user. The foreign key to
-- the group's name decides the race between adding a member and deleting the group: whichever commits second fails.
CREATE TABLE iam_group_member (
    group_id   VARCHAR(32) NOT NULL REFERENCES iam_name (entity_id),
    user_id    VARCHAR(32) NOT NULL,
    account_id VARCHAR(12) NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX iam_group_member_user ON iam_group_member (user_id);

-- When, with which service and in which region an access key last signed a request (from the audit events of
-- authenticated calls): written at most once a minute per key, never once per request.
ALTER TABLE access_key ADD COLUMN last_used_at TIMESTAMPTZ;
ALTER TABLE access_key ADD COLUMN last_used_service VARCHAR(64);
ALTER TABLE access_key ADD COLUMN last_used_region VARCHAR(64);
CREATE INDEX access_key_principal ON access_key (principal_id);
