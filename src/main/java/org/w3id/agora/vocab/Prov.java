package org.w3id.agora.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The PROV-O terms with which every accepted write is recorded, and the plans (how a
 * change came in) its activities follow.
 */
public final class Prov {

	public static final String NS = "http://www.w3.org/ns/prov#";

	public static final Node Activity = uri("Activity");

	public static final Node Association = uri("Association");

	public static final Node Plan = uri("Plan");

	public static final Node wasAssociatedWith = uri("wasAssociatedWith");

	public static final Node qualifiedAssociation = uri("qualifiedAssociation");

	public static final Node agent = uri("agent");

	public static final Node hadPlan = uri("hadPlan");

	public static final Node hadRole = uri("hadRole");

	public static final Node startedAtTime = uri("startedAtTime");

	public static final Node endedAtTime = uri("endedAtTime");

	public static final Node wasGeneratedBy = uri("wasGeneratedBy");

	public static final Node wasInvalidatedBy = uri("wasInvalidatedBy");

	/** The base of the plans: {@code …/id/write-method/api}, {@code …/update}, ... */
	public static final String WRITE_METHOD = "https://w3id.org/agora/id/write-method/";

	/** The base of the roles an agent held: {@code …/id/role/curator}, ... */
	public static final String ROLE = "https://w3id.org/agora/id/role/";

	/**
	 * The path under the base where activities are minted:
	 * {@code <base>id/change/<uuid>}.
	 */
	public static final String CHANGE_PATH = "id/change/";

	private Prov() {
	}

	private static Node uri(String local) {
		return NodeFactory.createURI(NS + local);
	}

}
