package org.w3id.agora.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants mirroring {@code ontology/agora.ttl} (namespace
 * {@code https://w3id.org/agora/ns#}). A test checks that each is declared there.
 */
public final class Agora {

	public static final String NS = "https://w3id.org/agora/ns#";

	/** The ontology document itself. */
	public static final String ONTOLOGY = "https://w3id.org/agora/ns";

	/** The JSON-LD context every JSON-LD answer of Agora uses. */
	public static final String CONTEXT = "https://w3id.org/agora/ns/context.jsonld";

	/** Where fixed concept IRIs (schemes, boundaries, value kinds...) live. */
	public static final String ID = "https://w3id.org/agora/id/";

	// Core classes

	public static final Resource Initiative = resource("Initiative");

	public static final Resource Person = resource("Person");

	public static final Resource Organisation = resource("Organisation");

	// Privacy: personal data of private people and the consent that allows publishing it

	/** The class of properties whose values are personal data of a person. */
	public static final Resource PersonalDataProperty = resource("PersonalDataProperty");

	/** A person's home (postal) address: personal data. */
	public static final Property homeAddress = property("homeAddress");

	/** Links a person to a consent they gave. */
	public static final Property consent = property("consent");

	/** A recorded consent of a person. */
	public static final Resource Consent = resource("Consent");

	/**
	 * What a consent allows (an individual such as {@link #PublicationOfContactData}).
	 */
	public static final Property consentScope = property("consentScope");

	/** The date a consent was withdrawn; a withdrawn consent allows nothing. */
	public static final Property withdrawnOn = property("withdrawnOn");

	/** Consent scope: the person's contact data may be published. */
	public static final Resource PublicationOfContactData = resource("PublicationOfContactData");

	private Agora() {
	}

	private static Resource resource(String local) {
		return ResourceFactory.createResource(NS + local);
	}

	private static Property property(String local) {
		return ResourceFactory.createProperty(NS + local);
	}

}
