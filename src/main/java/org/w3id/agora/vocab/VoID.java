package org.w3id.agora.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The VoID terms used to describe the dataset, its source graphs and its dumps. */
public final class VoID {

	public static final String NS = "http://rdfs.org/ns/void#";

	public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");

	public static final Property triples = ResourceFactory.createProperty(NS + "triples");

	public static final Resource DatasetDescription = ResourceFactory.createResource(NS + "DatasetDescription");

	public static final Resource Linkset = ResourceFactory.createResource(NS + "Linkset");

	public static final Property dataDump = ResourceFactory.createProperty(NS + "dataDump");

	public static final Property sparqlEndpoint = ResourceFactory.createProperty(NS + "sparqlEndpoint");

	public static final Property vocabulary = ResourceFactory.createProperty(NS + "vocabulary");

	public static final Property subset = ResourceFactory.createProperty(NS + "subset");

	public static final Property target = ResourceFactory.createProperty(NS + "target");

	public static final Property rootResource = ResourceFactory.createProperty(NS + "rootResource");

	public static final Property uriSpace = ResourceFactory.createProperty(NS + "uriSpace");

	public static final Property feature = ResourceFactory.createProperty(NS + "feature");

	private VoID() {
	}

}
