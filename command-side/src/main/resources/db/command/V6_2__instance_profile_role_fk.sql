-- A role in an instance profile cannot lose its name (be deleted, by DeleteRole or DeleteServiceLinkedRole) and a
-- deleted role cannot be added: the database decides, whatever the order of two racing commands.
ALTER TABLE iam_instance_profile_role
    ADD CONSTRAINT iam_instance_profile_role_role_fk FOREIGN KEY (role_id) REFERENCES iam_name (entity_id);
