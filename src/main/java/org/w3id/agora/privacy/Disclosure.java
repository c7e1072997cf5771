package org.w3id.agora.privacy;

import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * What may be published of one state of the store: a statement is withheld when its
 * predicate is a personal-data property and its subject a person who has not consented to
 * the publication of their contact data. Immutable; valid for the state of the store it
 * was computed from.
 *
 * @param version the TDB2 data version the rule was computed at ({@code -1} if unknown)
 * @param personalDataProperties the properties whose values are personal data
 * @param privatePersons the persons whose personal data are not public
 */
public record Disclosure(long version, Set<Node> personalDataProperties,
		Set<Node> privatePersons) implements Predicate<Quad> {

	public Disclosure {
		personalDataProperties = Set.copyOf(personalDataProperties);
		privatePersons = Set.copyOf(privatePersons);
	}

	/** Whether the quad may be published. */
	@Override
	public boolean test(Quad quad) {
		return isPublic(quad.getSubject(), quad.getPredicate());
	}

	/** Whether the triple may be published. */
	public boolean isPublic(Triple triple) {
		return isPublic(triple.getSubject(), triple.getPredicate());
	}

	/** Whether a statement with this subject and predicate may be published. */
	public boolean isPublic(Node subject, Node predicate) {
		return !(this.personalDataProperties.contains(predicate) && this.privatePersons.contains(subject));
	}

}
