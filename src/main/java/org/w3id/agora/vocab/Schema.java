package org.w3id.agora.vocab;

import java.util.List;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms the code needs by name: the contact properties that are personal
 * data by default. schema.org is written {@code https://schema.org/} in Agora; data from
 * elsewhere often uses {@code http://schema.org/}, so both spellings are listed where a
 * rule must catch either.
 */
public final class Schema {

	public static final String NS = "https://schema.org/";

	/** The older spelling of the namespace, still common in harvested data. */
	public static final String NS_HTTP = "http://schema.org/";

	public static final Property email = ResourceFactory.createProperty(NS + "email");

	public static final Property telephone = ResourceFactory.createProperty(NS + "telephone");

	public static final Property name = ResourceFactory.createProperty(NS + "name");

	/** {@code email} and {@code telephone} in both spellings of the namespace. */
	public static final List<Property> CONTACT = List.of(email, telephone,
			ResourceFactory.createProperty(NS_HTTP + "email"), ResourceFactory.createProperty(NS_HTTP + "telephone"));

	private Schema() {
	}

}
