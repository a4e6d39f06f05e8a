-- Two nodes starting at once on an empty database must not both create a management account.
CREATE UNIQUE INDEX account_directory_one_management ON account_directory (kind) WHERE kind = 'MANAGEMENT';
