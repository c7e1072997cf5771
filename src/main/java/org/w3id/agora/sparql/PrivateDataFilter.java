package org.w3id.agora.sparql;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.agora.privacy.Disclosure;

/**
 * The privacy rule as TDB2 sees it: a filter on stored tuples (triples or quads of node
 * ids) that drops the personal data of people without consent, so that SPARQL patterns
 * never match them. Built from a {@link Disclosure} inside the query's transaction.
 */
final class PrivateDataFilter implements Predicate<Tuple<NodeId>> {

	private final Set<NodeId> properties = new HashSet<>();

	private final Set<NodeId> persons = new HashSet<>();

	PrivateDataFilter(DatasetGraph dataset, Disclosure disclosure) {
		for (Node property : disclosure.personalDataProperties()) {
			add(this.properties, dataset, property);
		}
		for (Node person : disclosure.privatePersons()) {
			add(this.persons, dataset, person);
		}
	}

	private static void add(Set<NodeId> ids, DatasetGraph dataset, Node node) {
		NodeId id = TDBInternal.getNodeId(dataset, node);
		if (id != null && !NodeId.isDoesNotExist(id)) {
			ids.add(id);
		}
	}

	/** Whether nothing is withheld (no filter needed). */
	boolean isEmpty() {
		return this.persons.isEmpty() || this.properties.isEmpty();
	}

	@Override
	public boolean test(Tuple<NodeId> tuple) {
		int length = tuple.len();
		return !(this.properties.contains(tuple.get(length - 2)) && this.persons.contains(tuple.get(length - 3)));
	}

}
