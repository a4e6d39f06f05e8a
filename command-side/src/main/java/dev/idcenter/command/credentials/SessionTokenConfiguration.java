package dev.idcenter.command.credentials;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;

/** Session tokens are sealed under the server's master key ring. */
@Configuration(proxyBeanMethods = false)
public class SessionTokenConfiguration {

    @Bean
    public SessionTokens sessionTokens(MasterKeyRing masterKeys) {
        return new SessionTokens(masterKeys, new SecureRandom());
    }
}
