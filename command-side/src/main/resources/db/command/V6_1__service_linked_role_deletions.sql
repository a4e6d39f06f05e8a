-- DeleteServiceLinkedRole tasks, for GetServiceLinkedRoleDeletionStatus.
CREATE TABLE iam_slr_deletion_task (
    deletion_task_id VARCHAR(1000) NOT NULL PRIMARY KEY,
    account_id       VARCHAR(12)   NOT NULL,
    role_id          VARCHAR(32)   NOT NULL,
    status           VARCHAR(16)   NOT NULL
);
