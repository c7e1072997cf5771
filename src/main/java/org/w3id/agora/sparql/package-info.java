/**
 * The embedded Fuseki: parses {@code fuseki-config/agora.ttl} with Fuseki's own
 * configuration reader, opens the one TDB2 dataset it describes, and mounts its SPARQL
 * services (query, update, Graph Store Protocol) inside Spring Boot's servlet container,
 * behind the write guard.
 * <p>
 * Owns the SPARQL protocol endpoints and their limits. Must not render pages or know the
 * data model: linked-data pages, dumps and contributions talk to the {@code DatasetGraph}
 * bean, not to this package.
 */
package org.w3id.agora.sparql;
