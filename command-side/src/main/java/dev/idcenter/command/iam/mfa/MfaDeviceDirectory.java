package dev.idcenter.command.iam.mfa;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.iam.mfa.MfaDeviceDeactivated;
import dev.idcenter.events.iam.mfa.MfaDeviceEnabled;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceDeleted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Serial numbers, seed key ids and assignments of virtual MFA devices, written in the command's transaction: the
 * serial number's unique constraint decides a creation race, and a user holding a device cannot be deleted.
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class MfaDeviceDirectory {

    /** MFA devices in use by an IAM user (AWS's quota). */
    static final int MAX_DEVICES_PER_USER = 8;

    /** A device as the command side knows it; {@code userId} is null while unassigned. */
    public record Device(String deviceId, String accountId, String masterKeyId, String userId) {
    }

    private final JdbcClient jdbc;

    public MfaDeviceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The device of the account with this serial number (ignoring case, like every IAM name). */
    public Optional<Device> bySerialNumber(String accountId, String serialNumber) {
        return jdbc.sql("select device_id, account_id, master_key_id, user_id from command.iam_mfa_device "
                        + "where account_id = ? and serial_lower = ?")
                .params(accountId, serialNumber.toLowerCase(Locale.ROOT))
                .query((rs, row) -> new Device(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public long countInAccount(String accountId) {
        return jdbc.sql("select count(*) from command.iam_mfa_device where account_id = ?")
                .param(accountId).query(Long.class).single();
    }

    /** How many of the account's devices are assigned to a user (MFADevicesInUse). */
    public long assignedInAccount(String accountId) {
        return jdbc.sql("select count(*) from command.iam_mfa_device where account_id = ? and user_id is not null")
                .param(accountId).query(Long.class).single();
    }

    /** How many devices are assigned to the user. */
    public long assignedTo(String userId) {
        return jdbc.sql("select count(*) from command.iam_mfa_device where user_id = ?")
                .param(userId).query(Long.class).single();
    }

    /** Whether a failed command lost the race with the assignment's foreign key to the user's name. */
    public static boolean lostUserRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException violation && violation.getMessage() != null
                    && violation.getMessage().contains("iam_mfa_device_user_fk")) {
                return true;
            }
        }
        return false;
    }

    @EventHandler
    void on(VirtualMfaDeviceCreated event) {
        jdbc.sql("insert into command.iam_mfa_device (device_id, account_id, serial_lower, master_key_id) values (?, ?, ?, ?)")
                .params(event.deviceId(), event.accountId(), event.serialNumber().toLowerCase(Locale.ROOT),
                        event.masterKeyId())
                .update();
    }

    @EventHandler
    void on(MfaDeviceEnabled event) {
        jdbc.sql("update command.iam_mfa_device set user_id = ? where device_id = ?")
                .params(event.userId(), event.deviceId()).update();
    }

    @EventHandler
    void on(MfaDeviceDeactivated event) {
        jdbc.sql("update command.iam_mfa_device set user_id = null where device_id = ?")
                .param(event.deviceId()).update();
    }

    @EventHandler
    void on(VirtualMfaDeviceDeleted event) {
        jdbc.sql("delete from command.iam_mfa_device where device_id = ?").param(event.deviceId()).update();
    }
}
