package org.w3id.agora.sparql;

import java.util.Set;

import jakarta.servlet.ServletContext;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.contributions.ReportResponses;
import org.w3id.agora.contributions.WriteGuard;
import org.w3id.agora.security.Authenticator;
import org.w3id.agora.web.ErrorResponses;

/**
 * Mounts Fuseki's dispatcher in Spring Boot's servlet container: the services of
 * {@link FusekiServices} answer on their own paths ({@code /sparql}, {@code /update},
 * {@code /data}), every other path reaches Spring MVC. Requests first pass the
 * {@link SparqlGuardFilter}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EmbeddedFuseki {

	/** Fuseki dispatch runs last among the filters of its paths. */
	static final int FUSEKI_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	/** The guard runs just before Fuseki. */
	static final int GUARD_ORDER = FUSEKI_ORDER - 10;

	@Bean
	ServletContextInitializer fusekiRegistries(FusekiServices services, SparqlProperties sparql,
			org.w3id.agora.privacy.PrivacyRule privacy) {
		return (ServletContext context) -> {
			OperationRegistry operations = OperationRegistry.createStd();
			operations.register(Operation.Query, new AgoraQueryService(sparql.queryTimeout(), sparql.maxResultRows(),
					new QueryPolicy(sparql.serviceAllowList()), privacy));
			// Outbound SERVICE calls only when partners are allowed; each query is also
			// checked against the allow-list itself.
			services.dataset().getContext().set(ARQ.httpServiceAllowed, !sparql.serviceAllowList().isEmpty());
			DataAccessPointRegistry registry = new DataAccessPointRegistry();
			services.accessPoints().forEach((point) -> {
				registry.register(point);
				point.getDataService().setEndpointProcessors(operations);
				point.getDataService().goActive();
			});
			OperationRegistry.set(context, operations);
			DataAccessPointRegistry.set(context, registry);
		};
	}

	@Bean
	FilterRegistrationBean<FusekiFilter> fusekiFilter(FusekiServices services) {
		FilterRegistrationBean<FusekiFilter> registration = new FilterRegistrationBean<>(new FusekiFilter());
		registration.setName("fuseki");
		registration.setUrlPatterns(services.endpointPaths());
		registration.setOrder(FUSEKI_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SparqlGuardFilter> sparqlGuardFilter(FusekiServices services, SparqlProperties sparql,
			ErrorResponses errors, Authenticator authenticator, WriteGuard guard, ReportResponses reports,
			AgoraProperties agora) {
		Set<String> paths = services.endpointPaths();
		GuardedSparqlWrites writes = new GuardedSparqlWrites(guard, errors, reports, agora);
		FilterRegistrationBean<SparqlGuardFilter> registration = new FilterRegistrationBean<>(
				new SparqlGuardFilter(services, sparql, errors, authenticator, writes));
		registration.setName("sparqlGuard");
		registration.setUrlPatterns(paths);
		registration.setOrder(GUARD_ORDER);
		return registration;
	}

}
