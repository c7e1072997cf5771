package org.w3id.agora.privacy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.stereotype.Component;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.Schema;

/**
 * Computes the {@link Disclosure} of the state of the store seen by the caller's read
 * transaction, and keeps the last one: it is reused as long as the store's data version
 * (TDB2 moves it on at each write commit) is the same.
 * <p>
 * The rule reads all named graphs together, so a consent recorded in one graph covers the
 * data of another. Subclasses of {@code agora:Person} and subproperties of personal-data
 * properties (declared with {@code rdfs:subClassOf} / {@code rdfs:subPropertyOf} in the
 * store) are covered too.
 */
@Component
public class PrivacyRule {

	/** Personal data whatever the ontology says. */
	static final List<Node> DEFAULT_PERSONAL_DATA = Stream.concat(Schema.CONTACT.stream(), Stream.of(Agora.homeAddress))
		.map(Property::asNode)
		.toList();

	private final AtomicReference<Disclosure> last = new AtomicReference<>();

	/**
	 * The disclosure rule of the state seen by the current transaction.
	 * @param dataset the store, with a transaction (read or write) open on this thread
	 */
	public Disclosure disclosure(DatasetGraph dataset) {
		if (!dataset.isInTransaction()) {
			throw new IllegalStateException("The privacy rule is computed inside a transaction");
		}
		long version = dataVersion(dataset);
		Disclosure known = this.last.get();
		if (version >= 0 && known != null && known.version() == version) {
			return known;
		}
		Disclosure computed = compute(dataset, version);
		if (version >= 0) {
			this.last.set(computed);
		}
		return computed;
	}

	static Disclosure compute(DatasetGraph dataset, long version) {
		Set<Node> properties = new HashSet<>(DEFAULT_PERSONAL_DATA);
		objectsOf(dataset, RDF.Nodes.type, Agora.PersonalDataProperty.asNode()).forEachRemaining(properties::add);
		properties = closure(dataset, properties, RDFS.Nodes.subPropertyOf);
		Set<Node> personClasses = closure(dataset, Set.of(Agora.Person.asNode()), RDFS.Nodes.subClassOf);
		Set<Node> privatePersons = new HashSet<>();
		for (Node personClass : personClasses) {
			objectsOf(dataset, RDF.Nodes.type, personClass).forEachRemaining((person) -> {
				if (!privatePersons.contains(person) && !hasConsented(dataset, person)) {
					privatePersons.add(person);
				}
			});
		}
		return new Disclosure(version, properties, privatePersons);
	}

	/** Subjects of {@code ?s predicate object} in any graph. */
	private static Iterator<Node> objectsOf(DatasetGraph dataset, Node predicate, Node object) {
		return dataset.stream(Node.ANY, Node.ANY, predicate, object).map(Quad::getSubject).iterator();
	}

	/** The nodes and everything declared a sub-class/-property of them, transitively. */
	private static Set<Node> closure(DatasetGraph dataset, Set<Node> roots, Node subOf) {
		Set<Node> all = new HashSet<>(roots);
		Deque<Node> todo = new ArrayDeque<>(roots);
		while (!todo.isEmpty()) {
			Node next = todo.pop();
			dataset.stream(Node.ANY, Node.ANY, subOf, next).map(Quad::getSubject).forEach((sub) -> {
				if (all.add(sub)) {
					todo.push(sub);
				}
			});
		}
		return all;
	}

	private static boolean hasConsented(DatasetGraph dataset, Node person) {
		Iterator<Quad> consents = dataset.find(Node.ANY, person, Agora.consent.asNode(), Node.ANY);
		while (consents.hasNext()) {
			Node consent = consents.next().getObject();
			if (dataset.contains(Node.ANY, consent, RDF.Nodes.type, Agora.Consent.asNode())
					&& dataset.contains(Node.ANY, consent, Agora.consentScope.asNode(),
							Agora.PublicationOfContactData.asNode())
					&& !dataset.contains(Node.ANY, consent, Agora.withdrawnOn.asNode(), Node.ANY)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The TDB2 data version seen by this thread's read transaction, or -1 when unknown or
	 * when the transaction writes (its content may differ from any committed version).
	 */
	private static long dataVersion(DatasetGraph dataset) {
		if (!TDBInternal.isTDB2(dataset)) {
			return -1;
		}
		Transaction transaction = TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().getThreadTransaction();
		return (transaction != null && !transaction.isWriteTxn()) ? transaction.getDataVersion() : -1;
	}

}
