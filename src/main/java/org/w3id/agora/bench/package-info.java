/**
 * Benchmarks that anyone can rerun ({@code java -jar agora.jar bench}): on data made by
 * {@code generate/}, Agora measured against the stock component it builds on (Jena's TDB2
 * loader, jena-shacl, a stock Fuseki, DESCRIBE), in the same run and on the same data, so
 * that ratios survive noisy machines. Prints Markdown tables; asserts nothing.
 * <p>
 * Starts its own servers and stores; must not be used by the running application.
 */
package org.w3id.agora.bench;
