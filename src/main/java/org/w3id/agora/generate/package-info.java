/**
 * The synthetic data generator ({@code java -jar agora.jar generate}): deterministic,
 * streamed, shape-conforming initiatives with their actors, memberships, places,
 * observations, media and sources, spread over French cities. Used by the benchmarks and
 * by anyone who needs realistic volume.
 * <p>
 * Reads the vocabularies of {@code ontology/} from the classpath; never touches a store.
 */
package org.w3id.agora.generate;
