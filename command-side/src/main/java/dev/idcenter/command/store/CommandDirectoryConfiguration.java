package dev.idcenter.command.store;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's directories are part of the command's transaction: a failed write there (a unique constraint,
 * say) must fail the command and roll back its events, not be logged and forgotten as Axon does by default.
 */
@Configuration(proxyBeanMethods = false)
public class CommandDirectoryConfiguration {

    @Bean
    public ConfigurerModule commandDirectoryFailsTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                CommandDirectory.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
