package dev.idcenter.command.audit;

import dev.idcenter.events.audit.ApiCallRecordedUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stored audit events of older revisions are read as the current one (Axon registers every upcaster bean). */
@Configuration(proxyBeanMethods = false)
class CommandSideAuditUpcasting {

    @Bean
    ApiCallRecordedUpcaster commandSideApiCallRecordedUpcaster() {
        return new ApiCallRecordedUpcaster();
    }
}
