/**
 * Dereferenceable IRIs: {@code /id/**} answers 303 to a document ({@code /doc/**.ext})
 * chosen by content negotiation; documents describe one resource in RDF or as an HTML
 * page (French first, English on request); {@code /ns} serves the ontology the same way.
 * Reads the store in read transactions only; writes to {@code /id/**} belong to the
 * contributions feature.
 */
package org.w3id.agora.linkeddata;
