package dev.idcenter.query.iam;

import dev.idcenter.query.consistency.ProjectionGenerations;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code iam-views} group counts its commits, for the roles {@link RoleQueries} keeps in memory. */
@Configuration(proxyBeanMethods = false)
public class IamViewsGenerations {

    @Bean
    public ConfigurerModule iamViewsCountCommits(ProjectionGenerations generations) {
        return generations.counting(RoleViewProjection.PROCESSING_GROUP);
    }
}
