/**
 * Benchmarks that anyone can rerun ({@code java -jar agora.jar bench}): Agora measured
 * against the stock component it builds on, in the same run and on the same data, so that
 * ratios survive noisy machines. Prints a table; asserts nothing.
 * <p>
 * Starts its own servers; must not be used by the running application.
 */
package org.w3id.agora.bench;
