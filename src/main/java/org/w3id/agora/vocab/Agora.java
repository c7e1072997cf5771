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

	// Citizen solutions, actors, places, concepts and observations (ontology/agora.ttl)

	/** A person or organisation that acts, carries or supports a citizen solution. */
	public static final Resource Actor = resource("Actor");

	/** A non-profit association. */
	public static final Resource Association = resource("Association");

	/** A cooperative. */
	public static final Resource Cooperative = resource("Cooperative");

	/** A collective-interest cooperative, with colleges of members. */
	public static final Resource SCIC = resource("SCIC");

	/** An activity and employment cooperative (CAE). */
	public static final Resource ActivityAndEmploymentCooperative = resource("ActivityAndEmploymentCooperative");

	/** A commercial company. */
	public static final Resource Company = resource("Company");

	/** A local or regional public authority. */
	public static final Resource LocalAuthority = resource("LocalAuthority");

	/** A network, federation or movement. */
	public static final Resource Network = resource("Network");

	/** An organisation running a commons Agora exchanges data with. */
	public static final Resource PartnerCommons = resource("PartnerCommons");

	/** A community, for instance of pioneers. */
	public static final Resource Community = resource("Community");

	/** A commons: a shared resource governed by a community. */
	public static final Resource Commons = resource("Commons");

	/** A common project of the pioneers' community. */
	public static final Resource CommonProject = resource("CommonProject");

	/** An idea shared in the directory. */
	public static final Resource Idea = resource("Idea");

	/** A tool to act. */
	public static final Resource Tool = resource("Tool");

	/** An event. */
	public static final Resource Event = resource("Event");

	/** A media outlet. */
	public static final Resource MediaOutlet = resource("MediaOutlet");

	/** A digital platform. */
	public static final Resource Platform = resource("Platform");

	/** A video, published under a stated licence. */
	public static final Resource Video = resource("Video");

	/** A document facts and figures come from. */
	public static final Resource SourceDocument = resource("SourceDocument");

	/** A geolocated place. */
	public static final Resource Place = resource("Place");

	/** A territory. */
	public static final Resource Territory = resource("Territory");

	/** A skill of the marketplace (a SKOS concept). */
	public static final Resource Skill = resource("Skill");

	/** A role in an organisation (a SKOS concept). */
	public static final Resource Role = resource("Role");

	/** A college of members of a SCIC. */
	public static final Resource College = resource("College");

	/** A kind of value created (a SKOS concept). */
	public static final Resource ValueKind = resource("ValueKind");

	/** A planetary boundary (a SKOS concept). */
	public static final Resource PlanetaryBoundary = resource("PlanetaryBoundary");

	/** The status of a planetary boundary (a SKOS concept). */
	public static final Resource BoundaryStatus = resource("BoundaryStatus");

	/** A family of solutions (a SKOS concept). */
	public static final Resource SolutionFamily = resource("SolutionFamily");

	/** An impact indicator (a SKOS concept). */
	public static final Resource Indicator = resource("Indicator");

	/** One of the three compasses of societal impact. */
	public static final Resource Compass = resource("Compass");

	/** One of the seven admission criteria of new pioneers. */
	public static final Resource AdmissionCriterion = resource("AdmissionCriterion");

	/** An observation of an indicator. */
	public static final Resource Observation = resource("Observation");

	/** What a consent allows. */
	public static final Resource ConsentScope = resource("ConsentScope");

	/** The actor carrying an initiative. */
	public static final Property carriedBy = property("carriedBy");

	/** A partnership (symmetric). */
	public static final Property partner = property("partner");

	/** A planetary boundary an initiative acts on. */
	public static final Property actsOnBoundary = property("actsOnBoundary");

	/** A kind of value an initiative creates. */
	public static final Property createsValue = property("createsValue");

	/** The family of solutions of an initiative. */
	public static final Property family = property("family");

	/** A UN Sustainable Development Goal an initiative contributes to. */
	public static final Property contributesToGoal = property("contributesToGoal");

	/** A skill an actor offers. */
	public static final Property offersSkill = property("offersSkill");

	/** A skill an actor or initiative needs. */
	public static final Property needsSkill = property("needsSkill");

	/** The control variable of a planetary boundary. */
	public static final Property controlVariable = property("controlVariable");

	/** The status of a planetary boundary. */
	public static final Property boundaryStatus = property("boundaryStatus");

	/** The publication the status of a boundary comes from. */
	public static final Property statusSource = property("statusSource");

	/** The QUDT unit an indicator is expressed in. */
	public static final Property unit = property("unit");

	/** The indicator an observation observes. */
	public static final Property indicator = property("indicator");

	/** The numeric value of an observation. */
	public static final Property value = property("value");

	/** First day of an observation's period. */
	public static final Property periodStart = property("periodStart");

	/** Last day of an observation's period. */
	public static final Property periodEnd = property("periodEnd");

	/** The period as the source words it. */
	public static final Property periodLabel = property("periodLabel");

	/** How an observation's value was obtained. */
	public static final Property method = property("method");

	/** True when the source gives the value as approximate. */
	public static final Property approximate = property("approximate");

	/** The date a consent was given. */
	public static final Property givenOn = property("givenOn");

	// SKOS schemes (ontology/*.ttl), under {@link #ID}

	/** The SKOS scheme planetary-boundaries. */
	public static final Resource SCHEME_PLANETARY_BOUNDARIES = scheme("planetary-boundaries");

	/** The SKOS scheme boundary-status. */
	public static final Resource SCHEME_BOUNDARY_STATUS = scheme("boundary-status");

	/** The SKOS scheme value-kinds. */
	public static final Resource SCHEME_VALUE_KINDS = scheme("value-kinds");

	/** The SKOS scheme solution-families. */
	public static final Resource SCHEME_SOLUTION_FAMILIES = scheme("solution-families");

	/** The SKOS scheme indicators. */
	public static final Resource SCHEME_INDICATORS = scheme("indicators");

	/** The SKOS scheme roles. */
	public static final Resource SCHEME_ROLES = scheme("roles");

	/** The SKOS scheme skills. */
	public static final Resource SCHEME_SKILLS = scheme("skills");

	/** The collection of UN Sustainable Development Goals, referred to by their IRIs. */
	public static final Resource SCHEME_SDG = scheme("sdg");

	private Agora() {
	}

	private static Resource resource(String local) {
		return ResourceFactory.createResource(NS + local);
	}

	private static Resource scheme(String name) {
		return ResourceFactory.createResource(ID + "scheme/" + name);
	}

	private static Property property(String local) {
		return ResourceFactory.createProperty(NS + local);
	}

}
