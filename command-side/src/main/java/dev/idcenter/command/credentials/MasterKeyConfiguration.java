package dev.idcenter.command.credentials;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The master key ring comes from {@code IDC_MASTER_KEYS} ({@code id:base64,...}, last is current) when set, else from
 * {@code <data dir>/master-keys}, generated with mode 0600 on first start.
 */
@Configuration(proxyBeanMethods = false)
public class MasterKeyConfiguration {

    @Bean
    public MasterKeyRing masterKeyRing(@Value("${idc.master-keys:}") String configured,
                                       @Value("${idc.data-dir:./data}") Path dataDir) {
        return configured.isBlank()
                ? MasterKeyRing.loadOrCreate(dataDir.resolve("master-keys"), new SecureRandom())
                : MasterKeyRing.parse(configured);
    }
}
