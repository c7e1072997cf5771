/**
 * Constants mirroring vocabularies: Agora's own ontology ({@code ontology/agora.ttl}) and
 * the few external terms the code writes. Nothing else lives here; IRI strings belong to
 * this package, to {@code ontology/}, {@code shapes/} and {@code sparql/}.
 */
package org.w3id.agora.vocab;
