package dev.idcenter.command.bootstrap;

import dev.idcenter.command.account.CreateManagementAccount;
import dev.idcenter.command.credentials.MasterKeyRing;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.events.account.RootSecretSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Makes sure the management account exists (IDC-1): at first start it is created from {@code
 * IDC_MANAGEMENT_ACCOUNT_ID} / {@code IDC_ROOT_ACCESS_KEY_ID} / {@code IDC_ROOT_SECRET_ACCESS_KEY}, or with
 * generated values; a derived root secret is written to an AWS-CLI credentials file (mode 0600) under the data
 * directory, never to an event or a log.
 */
@Component
public class ManagementAccountBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementAccountBootstrap.class);
    public static final String CLI_PROFILE = "identity-center";

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final MasterKeyRing masterKeys;
    private final Clock clock;
    private final BootstrapSettings settings;
    private final SecureRandom random = new SecureRandom();
    private volatile ManagementAccount account;

    public ManagementAccountBootstrap(CommandGateway commands, JdbcClient jdbc, MasterKeyRing masterKeys, Clock clock,
                                      @Value("${idc.data-dir:./data}") Path dataDir,
                                      @Value("${idc.bootstrap.management-account-id:}") String accountId,
                                      @Value("${idc.bootstrap.root-access-key-id:}") String rootAccessKeyId,
                                      @Value("${idc.bootstrap.root-secret-access-key:}") String rootSecret) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.masterKeys = masterKeys;
        this.clock = clock;
        this.settings = new BootstrapSettings(dataDir, accountId, rootAccessKeyId, !rootSecret.isEmpty());
    }

    /** The management account, known once the application context is up. */
    public ManagementAccount managementAccount() {
        return account;
    }

    /** Runs once Axon has started (command handlers subscribed, processors running), before the app is "ready". */
    @Override
    public void run(ApplicationArguments args) {
        ManagementAccount existing = find().orElseGet(this::create);
        if (existing.secretSource() == RootSecretSource.CONFIGURED && !settings.secretConfigured()) {
            throw new IllegalStateException("The root access key " + existing.rootAccessKeyId()
                    + " was created with a configured secret: set IDC_ROOT_SECRET_ACCESS_KEY again");
        }
        if (!settings.accountId().isEmpty() && !settings.accountId().equals(existing.accountId())) {
            LOG.warn("IDC_MANAGEMENT_ACCOUNT_ID={} is ignored: this data already has management account {}",
                    settings.accountId(), existing.accountId());
        }
        if (existing.secretSource() == RootSecretSource.DERIVED) {
            writeCredentialsFileIfMissing(existing);
        }
        account = existing;
    }

    private Optional<ManagementAccount> find() {
        return jdbc.sql("""
                        select a.account_id, k.access_key_id, k.secret_source, k.master_key_id
                          from command.account_directory a
                          join command.access_key k on k.account_id = a.account_id and k.principal_type = 'Root'
                         where a.kind = 'MANAGEMENT'""")
                .query((rs, n) -> new ManagementAccount(rs.getString(1), rs.getString(2),
                        RootSecretSource.valueOf(rs.getString(3)), rs.getString(4), credentialsFile()))
                .optional();
    }

    private ManagementAccount create() {
        String accountId = settings.accountId().isEmpty() ? randomAccountId() : settings.accountId();
        String accessKeyId = settings.rootAccessKeyId().isEmpty() ? IamIds.newAccessKeyId() : settings.rootAccessKeyId();
        RootSecretSource source = settings.secretConfigured() ? RootSecretSource.CONFIGURED : RootSecretSource.DERIVED;
        commands.sendAndWait(new CreateManagementAccount(accountId, accessKeyId, source, masterKeys.currentKeyId(),
                clock.instant()));
        LOG.info("Created management account {} with root access key {}", accountId, accessKeyId);
        return new ManagementAccount(accountId, accessKeyId, source,
                source == RootSecretSource.DERIVED ? masterKeys.currentKeyId() : null, credentialsFile());
    }

    private void writeCredentialsFileIfMissing(ManagementAccount created) {
        Path file = credentialsFile();
        if (Files.exists(file)) {
            return;
        }
        String secret = masterKeys.deriveSecret(created.masterKeyId(), created.rootAccessKeyId());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, "# Root user of management account " + created.accountId() + "\n"
                    + "# Use: AWS_SHARED_CREDENTIALS_FILE=" + file.toAbsolutePath() + " aws --profile " + CLI_PROFILE + " ...\n"
                    + "[" + CLI_PROFILE + "]\n"
                    + "aws_access_key_id = " + created.rootAccessKeyId() + "\n"
                    + "aws_secret_access_key = " + secret + "\n"
                    + "region = us-east-1\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the root credentials file " + file, e);
        }
    }

    private Path credentialsFile() {
        return settings.dataDir().resolve("root-credentials").toAbsolutePath().normalize();
    }

    private String randomAccountId() {
        StringBuilder id = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < 12; i++) {
            id.append(random.nextInt(10));
        }
        return id.toString();
    }

    private record BootstrapSettings(Path dataDir, String accountId, String rootAccessKeyId, boolean secretConfigured) {
    }

    /** The management account and where its root credentials are (the file exists only for a derived secret). */
    public record ManagementAccount(String accountId, String rootAccessKeyId, RootSecretSource secretSource,
                                    String masterKeyId, Path credentialsFile) {
    }
}
