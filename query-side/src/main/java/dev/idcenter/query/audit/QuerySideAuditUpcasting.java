package dev.idcenter.query.audit;

import dev.idcenter.events.audit.ApiCallRecordedUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Audit events of older revisions, read from the event store or from Kafka, reach the projection as the current
 * revision. Declared on both sides so each can run alone; in one process the second instance finds nothing left to do.
 */
@Configuration(proxyBeanMethods = false)
class QuerySideAuditUpcasting {

    @Bean
    ApiCallRecordedUpcaster querySideApiCallRecordedUpcaster() {
        return new ApiCallRecordedUpcaster();
    }
}
