package org.w3id.agora.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The SOSA and QUDT terms of indicator observations that code reads by name. */
public final class Sosa {

	public static final String NS = "http://www.w3.org/ns/sosa/";

	public static final String QUDT = "http://qudt.org/schema/qudt/";

	/** Links an observation to what it observes (an initiative). */
	public static final Node hasFeatureOfInterest = NodeFactory.createURI(NS + "hasFeatureOfInterest");

	/** The unit of an observation's value. */
	public static final Node unit = NodeFactory.createURI(QUDT + "unit");

	/** A unit's symbol (t, h, km). */
	public static final Node symbol = NodeFactory.createURI(QUDT + "symbol");

	private Sosa() {
	}

}
