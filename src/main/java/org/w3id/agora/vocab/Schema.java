package org.w3id.agora.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms code relies on (pages place resources on a map with them). */
public final class Schema {

	public static final String NS = "http://schema.org/";

	public static final Node latitude = NodeFactory.createURI(NS + "latitude");

	public static final Node longitude = NodeFactory.createURI(NS + "longitude");

	private Schema() {
	}

}
