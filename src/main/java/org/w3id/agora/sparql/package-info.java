/**
 * The embedded Fuseki: parses {@code fuseki-config/agora.ttl} with Fuseki's own
 * configuration reader, opens the one TDB2 dataset it describes, and mounts its SPARQL
 * services (query, update, Graph Store Protocol) inside Spring Boot's servlet container,
 * behind the {@code SparqlGuardFilter}.
 * <p>
 * Owns the SPARQL protocol endpoints and their limits: query timeout, result cap,
 * concurrent-query limit, {@code SERVICE} allow-list, no script functions. Writes
 * ({@code /update}, {@code /data} PUT/POST/DELETE) are authenticated here and executed
 * through the contributions package's {@code WriteGuard}, never by Fuseki's own update
 * code. Must not render pages or know the data model.
 */
package org.w3id.agora.sparql;
