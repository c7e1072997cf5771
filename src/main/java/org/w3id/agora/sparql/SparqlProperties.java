package org.w3id.agora.sparql;

import java.time.Duration;

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
 */
@ConfigurationProperties("agora.sparql")
public record SparqlProperties(@DefaultValue("classpath:fuseki-config/agora.ttl") Resource config,
		@DefaultValue("60s") Duration queryTimeout, @DefaultValue("1MB") DataSize maxQuerySize) {

	public SparqlProperties {
		if (queryTimeout.isNegative() || queryTimeout.isZero()) {
			throw new IllegalArgumentException("agora.sparql.query-timeout must be positive, got " + queryTimeout);
		}
	}

}
