package org.w3id.agora.sparql;

import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.agora.store.StoreProperties;

/**
 * Opens the dataset declared in the Fuseki configuration file. Used by the server and by
 * the command-line modes alike, so both work on the same store in the same way.
 */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

	@Bean(destroyMethod = "close")
	FusekiServices fusekiServices(SparqlProperties sparql, StoreProperties store) {
		return FusekiServices.open(sparql.config(), store.directory(), sparql.queryTimeout());
	}

	/**
	 * The one dataset of Agora. Closed by {@link FusekiServices#close()}, not by Spring.
	 */
	@Bean(destroyMethod = "")
	DatasetGraph dataset(FusekiServices services) {
		return services.dataset();
	}

}
