package org.w3id.agora.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms used to describe Agora's dumps that Jena's {@code DCAT} class lacks: DCAT 3
 * additions, Creative Commons' ccREL attribution terms, the licence itself, and the IANA
 * register of media types that DCAT recommends for {@code dcat:mediaType}.
 */
public final class Catalogue {

	/** DCAT 3 terms absent from Jena's DCAT 2 constants. */
	public static final String DCAT = "http://www.w3.org/ns/dcat#";

	public static final Property version = ResourceFactory.createProperty(DCAT + "version");

	/** ccREL, the Creative Commons Rights Expression Language. */
	public static final String CC = "http://creativecommons.org/ns#";

	public static final Property attributionName = ResourceFactory.createProperty(CC + "attributionName");

	public static final Property attributionURL = ResourceFactory.createProperty(CC + "attributionURL");

	/** The licence of Agora's data and of every dump it publishes. */
	public static final Resource CC_BY_SA_4 = ResourceFactory
		.createResource("https://creativecommons.org/licenses/by-sa/4.0/");

	/** Agora's home, as given in the attribution. */
	public static final Resource AGORA_HOME = ResourceFactory.createResource("https://w3id.org/agora");

	/** The IANA register of media types. */
	public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

	/** The IANA IRI of a media type, e.g. {@code application/n-quads}. */
	public static Resource mediaType(String type) {
		return ResourceFactory.createResource(IANA_MEDIA_TYPES + type);
	}

	/** The gzip media type's IRI, for {@code dcat:compressFormat}. */
	public static final Resource GZIP = mediaType("application/gzip");

	private Catalogue() {
	}

}
