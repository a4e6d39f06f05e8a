package dev.idcenter.query.consistency;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every token store is watched: a claim moves the claiming group's generation ({@link ProjectionGenerations}). */
@Configuration(proxyBeanMethods = false)
class TokenClaimWatching {

    // static, and the generations looked up only on a claim: a post-processor is created before ordinary beans
    @Bean
    static BeanPostProcessor watchTokenClaims(ObjectProvider<ProjectionGenerations> generations) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof TokenStore store && !(bean instanceof ClaimWatchingTokenStore)
                        ? new ClaimWatchingTokenStore(store, group -> generations.getObject().claimChanged(group))
                        : bean;
            }
        };
    }
}
