package org.w3id.agora.vocab;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The properties that name a resource for people, best first: a concept's
 * {@code skos:prefLabel}, then {@code rdfs:label}, {@code schema:name},
 * {@code dcterms:title} and {@code foaf:name}.
 */
public final class Labels {

	public static final Node PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");

	public static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

	public static final Node NAME = NodeFactory.createURI("http://schema.org/name");

	public static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

	public static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");

	/** In order of preference. */
	public static final List<Node> PROPERTIES = List.of(PREF_LABEL, LABEL, NAME, TITLE, FOAF_NAME);

	private Labels() {
	}

}
