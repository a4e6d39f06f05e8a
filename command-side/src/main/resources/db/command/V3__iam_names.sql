-- IAM names are unique per account and entity type, ignoring case (IAM-1). Written by the subscribing
-- "command-directory" processor in the same transaction as the events, so the constraint decides races.
CREATE TABLE iam_name (
    account_id  VARCHAR(12)  NOT NULL,
    entity_type VARCHAR(32)  NOT NULL,
    name_lower  VARCHAR(128) NOT NULL,
    name        VARCHAR(128) NOT NULL,
    entity_id   VARCHAR(32)  NOT NULL UNIQUE,
    PRIMARY KEY (account_id, entity_type, name_lower)
);
