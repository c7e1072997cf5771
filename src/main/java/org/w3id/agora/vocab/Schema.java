package org.w3id.agora.vocab;

import java.util.List;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms the code needs by name: the contact properties that are personal
 * data by default, names, and the coordinates pages put on a map. schema.org is written
 * {@code http://schema.org/} in Agora, as in the partners' vocabularies (PAIR, SOSA,
 * CIDS, GoGoCarto); data from elsewhere may use {@code https://schema.org/}, so both
 * spellings are listed where a rule must catch either.
 */
public final class Schema {

	public static final String NS = "http://schema.org/";

	/** The other spelling of the namespace, found in some harvested data. */
	public static final String NS_HTTPS = "https://schema.org/";

	public static final Property email = ResourceFactory.createProperty(NS + "email");

	public static final Property telephone = ResourceFactory.createProperty(NS + "telephone");

	public static final Property name = ResourceFactory.createProperty(NS + "name");

	public static final Property latitude = ResourceFactory.createProperty(NS + "latitude");

	public static final Property longitude = ResourceFactory.createProperty(NS + "longitude");

	/** {@code email} and {@code telephone} in both spellings of the namespace. */
	public static final List<Property> CONTACT = List.of(email, telephone,
			ResourceFactory.createProperty(NS_HTTPS + "email"), ResourceFactory.createProperty(NS_HTTPS + "telephone"));

	private Schema() {
	}

}
