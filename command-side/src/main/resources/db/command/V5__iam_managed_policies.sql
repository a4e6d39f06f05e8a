-- Customer managed policies by ARN, and which managed policy is attached to which IAM entity. Written by the
-- subscribing "command-directory" processor in the same transaction as the events: an attachment locks the policy's
-- row, a deletion deletes it and then counts attachments, so "attached to a deleted policy" and "deleted while
-- attached" cannot both commit.
CREATE TABLE iam_managed_policy (
    policy_id   VARCHAR(32)   NOT NULL PRIMARY KEY,
    account_id  VARCHAR(12)   NOT NULL,
    arn         VARCHAR(2048) NOT NULL UNIQUE,
    policy_name VARCHAR(128)  NOT NULL
);

-- entity_type: 'role' now; 'user' and 'group' follow the same pattern. AWS managed policies have no row above.
CREATE TABLE iam_policy_attachment (
    account_id  VARCHAR(12)   NOT NULL,
    policy_arn  VARCHAR(2048) NOT NULL,
    entity_type VARCHAR(32)   NOT NULL,
    entity_id   VARCHAR(32)   NOT NULL,
    PRIMARY KEY (entity_type, entity_id, policy_arn)
);
CREATE INDEX iam_policy_attachment_policy ON iam_policy_attachment (account_id, policy_arn);
