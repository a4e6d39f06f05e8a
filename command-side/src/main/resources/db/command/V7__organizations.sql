-- Organizations on the command side: which organization an account belongs to (one at most), written with the events.
CREATE TABLE organization_directory (
    organization_id       VARCHAR(34) NOT NULL PRIMARY KEY,
    management_account_id VARCHAR(12) NOT NULL UNIQUE,
    root_id               VARCHAR(34) NOT NULL
);
CREATE TABLE organization_account (
    account_id      VARCHAR(12) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(34) NOT NULL REFERENCES organization_directory (organization_id)
);
