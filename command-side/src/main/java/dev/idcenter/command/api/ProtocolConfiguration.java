package dev.idcenter.command.api;

import dev.idcenter.command.credentials.CredentialResolver;
import dev.idcenter.protocol.ProtocolCodec;
import dev.idcenter.protocol.ServiceRegistry;
import dev.idcenter.protocol.sigv4.SigV4Verifier;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The AWS protocol layer: the service models, the codec driven by them, SigV4 verification and the endpoint. */
@Configuration(proxyBeanMethods = false)
public class ProtocolConfiguration {

    @Bean
    public ServiceRegistry serviceRegistry() {
        return ServiceRegistry.loadDefault();
    }

    @Bean
    public ProtocolCodec protocolCodec(ServiceRegistry registry) {
        return new ProtocolCodec(registry);
    }

    /** Mapped to exactly "/" (the servlet mapping ""), where every AWS client sends its calls. */
    @Bean
    public ServletRegistrationBean<AwsApiServlet> awsApiServlet(ApiFrontDoor frontDoor) {
        var registration = new ServletRegistrationBean<>(new AwsApiServlet(frontDoor), "");
        registration.setName("awsApi");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    public SigV4Verifier<Caller> sigV4Verifier(Clock clock, CredentialResolver resolver) {
        return new SigV4Verifier<>(clock, resolver);
    }
}
