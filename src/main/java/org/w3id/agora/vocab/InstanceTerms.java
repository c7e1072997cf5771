package org.w3id.agora.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * External terms as Agora's instance data writes them (see {@code shapes/core.ttl}):
 * schema.org in its {@code http://} form, GeoSPARQL, W3C ORG, SOSA, QUDT; and the few
 * fixed IRIs synthetic data links to. Used by code that writes data (the generator).
 */
public final class InstanceTerms {

	/** schema.org as the data and the shapes write it. */
	public static final String SCHEMA = "http://schema.org/";

	public static final String GEO = "http://www.opengis.net/ont/geosparql#";

	public static final String ORG = "http://www.w3.org/ns/org#";

	public static final String SOSA = "http://www.w3.org/ns/sosa/";

	public static final String QUDT = "http://qudt.org/schema/qudt/";

	public static final Node latitude = uri(SCHEMA + "latitude");

	public static final Node longitude = uri(SCHEMA + "longitude");

	public static final Node location = uri(SCHEMA + "location");

	public static final Node startDate = uri(SCHEMA + "startDate");

	public static final Node subjectOf = uri(SCHEMA + "subjectOf");

	public static final Node url = uri(SCHEMA + "url");

	public static final Node about = uri(SCHEMA + "about");

	public static final Node publisher = uri(SCHEMA + "publisher");

	public static final Node foundingDate = uri(SCHEMA + "foundingDate");

	public static final Node email = uri(SCHEMA + "email");

	public static final Node hasGeometry = uri(GEO + "hasGeometry");

	public static final Node asWKT = uri(GEO + "asWKT");

	public static final Node Geometry = uri(GEO + "Geometry");

	/** The datatype IRI of WKT literals. */
	public static final String wktLiteral = GEO + "wktLiteral";

	public static final Node Membership = uri(ORG + "Membership");

	public static final Node member = uri(ORG + "member");

	public static final Node organization = uri(ORG + "organization");

	public static final Node role = uri(ORG + "role");

	public static final Node hasFeatureOfInterest = uri(SOSA + "hasFeatureOfInterest");

	public static final Node unit = uri(QUDT + "unit");

	/** Creative Commons Attribution-ShareAlike 4.0, the licence of Agora's data. */
	public static final Node CC_BY_SA_4 = uri("https://creativecommons.org/licenses/by-sa/4.0/");

	/**
	 * Where synthetic media and web sites point: a domain reserved for examples (RFC
	 * 2606), so that generated data never names a real site.
	 */
	public static final String EXAMPLE_WEB = "https://example.org/";

	private InstanceTerms() {
	}

	private static Node uri(String iri) {
		return NodeFactory.createURI(iri);
	}

}
