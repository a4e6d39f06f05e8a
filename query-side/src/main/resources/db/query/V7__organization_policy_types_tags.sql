-- Organizations: the policy types enabled in the root (comma-separated), the AWS managed RCPFullAWSAccess of every
-- organization, and the tags of roots, OUs, accounts and policies.
ALTER TABLE org_organization ADD COLUMN enabled_policy_types VARCHAR(200) NOT NULL DEFAULT 'SERVICE_CONTROL_POLICY';
INSERT INTO org_policy (organization_id, policy_id, name, description, type, content, aws_managed)
SELECT organization_id, 'p-RCPFullAWSAccess', 'RCPFullAWSAccess', 'Allows access to every operation',
       'RESOURCE_CONTROL_POLICY',
       '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}', true
  FROM org_organization
ON CONFLICT DO NOTHING;
CREATE TABLE org_tag (
    organization_id VARCHAR(34)  NOT NULL,
    resource_id     VARCHAR(130) NOT NULL,
    tag_key         VARCHAR(128) NOT NULL,
    tag_value       VARCHAR(256) NOT NULL,
    PRIMARY KEY (organization_id, resource_id, tag_key)
);
