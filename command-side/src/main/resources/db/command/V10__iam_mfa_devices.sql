-- Virtual MFA devices as the command side needs them: the serial number that names a device (unique per account,
-- ignoring case), the master key its seed derives from (never the seed), and the user it is assigned to. Written by
-- the subscribing "command-directory" processor in the command's transaction. The foreign key to the user's name
-- decides the race between enabling a device and deleting its user: a user with a device cannot be deleted.
CREATE TABLE iam_mfa_device (
    device_id     VARCHAR(32)  NOT NULL PRIMARY KEY,
    account_id    VARCHAR(12)  NOT NULL,
    serial_lower  VARCHAR(256) NOT NULL,
    master_key_id VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(32)  CONSTRAINT iam_mfa_device_user_fk REFERENCES iam_name (entity_id),
    CONSTRAINT iam_mfa_device_serial UNIQUE (account_id, serial_lower)
);
CREATE INDEX iam_mfa_device_user ON iam_mfa_device (user_id);
