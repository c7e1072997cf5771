package org.w3id.agora.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The VoID terms used to describe the dataset and its source graphs. */
public final class VoID {

	public static final String NS = "http://rdfs.org/ns/void#";

	public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");

	public static final Property triples = ResourceFactory.createProperty(NS + "triples");

	private VoID() {
	}

}
