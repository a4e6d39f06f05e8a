package dev.idcenter.server;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's query bus as Spring Boot would build it, except that a query handler takes its database connection only
 * when it first runs a statement. A query handler first waits for its projection to reach the caller's writes
 * (read-your-writes); a transaction begun before that held a pooled connection while waiting, and enough concurrent
 * reads then held every connection, so the projection they waited for could not get one to advance: each such read
 * stalled until the barrier gave up (5 s). {@code PROPAGATION_SUPPORTS} begins no transaction but binds the first
 * connection used to the handler until it ends, so nested statements share it.
 */
@Configuration(proxyBeanMethods = false)
public class QueryBusConfiguration {

    @Bean
    @Qualifier("localSegment")
    public SimpleQueryBus queryBus(org.axonframework.config.Configuration axon, PlatformTransactionManager transactions) {
        return SimpleQueryBus.builder()
                .transactionManager(connectionOnFirstUse(transactions))
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }

    /**
     * Unlike Axon's {@code SpringTransactionManager}, which completes only transactions it began, this completes
     * every scope it opens: an empty {@code SUPPORTS} scope must be completed too, or its connection is never returned.
     */
    static TransactionManager connectionOnFirstUse(PlatformTransactionManager transactions) {
        TransactionDefinition supports = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_SUPPORTS);
        return () -> {
            TransactionStatus status = transactions.getTransaction(supports);
            return new Transaction() {
                @Override
                public void commit() {
                    if (!status.isCompleted()) {
                        transactions.commit(status);
                    }
                }

                @Override
                public void rollback() {
                    if (!status.isCompleted()) {
                        transactions.rollback(status);
                    }
                }
            };
        };
    }
}
