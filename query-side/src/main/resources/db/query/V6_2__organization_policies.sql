-- Organizations' policies and their attachments (FullAWSAccess is a row of each organization, aws_managed).
CREATE TABLE org_policy (
    organization_id VARCHAR(34)   NOT NULL,
    policy_id       VARCHAR(130)  NOT NULL,
    name            VARCHAR(128)  NOT NULL,
    description     VARCHAR(512)  NOT NULL,
    type            VARCHAR(64)   NOT NULL,
    content         TEXT          NOT NULL,
    aws_managed     BOOLEAN       NOT NULL,
    PRIMARY KEY (organization_id, policy_id)
);
CREATE TABLE org_policy_attachment (
    organization_id VARCHAR(34)  NOT NULL,
    policy_id       VARCHAR(130) NOT NULL,
    target_id       VARCHAR(100) NOT NULL,
    PRIMARY KEY (organization_id, policy_id, target_id)
);
CREATE INDEX org_policy_attachment_target ON org_policy_attachment (target_id);
