package dev.idcenter.command.store;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No event handler's failure is logged and forgotten, which is Axon's default. In the subscribing command directory
 * a failed write (a unique constraint, say) fails the command and rolls back its events; in a tracking projection
 * the processor stops on the event and retries it with back-off, so a read model never silently misses an event.
 */
@Configuration(proxyBeanMethods = false)
public class HandlerErrorsConfiguration {

    @Bean
    public ConfigurerModule handlerErrorsPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
