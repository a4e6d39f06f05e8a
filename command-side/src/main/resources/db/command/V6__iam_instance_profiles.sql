-- Which role each instance profile carries, so that DeleteRole can refuse a role still in a profile.
CREATE TABLE iam_instance_profile_role (
    instance_profile_id VARCHAR(32) NOT NULL PRIMARY KEY,
    role_id             VARCHAR(32) NOT NULL
);
CREATE INDEX iam_instance_profile_role_role ON iam_instance_profile_role (role_id);
