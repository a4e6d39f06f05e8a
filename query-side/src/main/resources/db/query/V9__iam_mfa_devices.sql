-- Virtual MFA devices for IAM's Get/List operations (never a seed); "version" is the aggregate sequence number last
-- applied. The user's name is read from iam_user when listing, so a renamed user shows its new name.
CREATE TABLE iam_mfa_device (
    device_id     VARCHAR(32)  NOT NULL PRIMARY KEY,
    account_id    VARCHAR(12)  NOT NULL,
    serial_number VARCHAR(256) NOT NULL,
    create_date   TIMESTAMPTZ  NOT NULL,
    user_id       VARCHAR(32),
    enable_date   TIMESTAMPTZ,
    tags          JSONB        NOT NULL,
    version       BIGINT       NOT NULL,
    deleted       BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX iam_mfa_device_account ON iam_mfa_device (account_id, serial_number);
CREATE INDEX iam_mfa_device_user ON iam_mfa_device (user_id);
