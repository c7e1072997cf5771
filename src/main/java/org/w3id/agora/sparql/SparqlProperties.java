package org.w3id.agora.sparql;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the SPARQL services.
 *
 * @param config the Fuseki configuration file that declares the services and the dataset
 * @param queryTimeout the longest a query may run before it is cut off with an error
 * @param maxQuerySize the largest query text accepted in a request body
 * @param maxResultRows the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer
 * may hold; a larger answer is refused with a message saying so
 * @param maxConcurrentQueries the most queries evaluated at once; more get 503 with
 * {@code Retry-After}
 * @param queueWait how long a query waits for a free slot before that 503
 * @param serviceAllowList the only endpoints {@code SERVICE} may call (exact URLs of
 * partner endpoints); empty: {@code SERVICE} is refused
 */
@ConfigurationProperties("agora.sparql")
public record SparqlProperties(@DefaultValue("classpath:fuseki-config/agora.ttl") Resource config,
		@DefaultValue("60s") Duration queryTimeout, @DefaultValue("1MB") DataSize maxQuerySize,
		@DefaultValue("100000") long maxResultRows, @DefaultValue("8") int maxConcurrentQueries,
		@DefaultValue("2s") Duration queueWait, @DefaultValue List<String> serviceAllowList) {

	public SparqlProperties {
		if (queryTimeout.isNegative() || queryTimeout.isZero()) {
			throw new IllegalArgumentException("agora.sparql.query-timeout must be positive, got " + queryTimeout);
		}
		if (maxConcurrentQueries < 1) {
			throw new IllegalArgumentException(
					"agora.sparql.max-concurrent-queries must be at least 1, got " + maxConcurrentQueries);
		}
		serviceAllowList = (serviceAllowList != null) ? List.copyOf(serviceAllowList) : List.of();
	}

}
