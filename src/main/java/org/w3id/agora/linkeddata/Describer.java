package org.w3id.agora.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.privacy.Disclosure;
import org.w3id.agora.privacy.PrivacyRule;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.Labels;

/**
 * Builds descriptions from the store, each in one read transaction. A description is
 * bounded: at most {@code maxStatements} own statements (blank-node closure included) and
 * one page of incoming links, so that a hub (a planetary boundary linked by thousands of
 * initiatives) costs what a leaf costs.
 */
@Component
class Describer {

	/** The most linked resources whose labels a description carries. */
	private static final int MAX_LABELLED = 1000;

	private final DatasetGraph dataset;

	private final AgoraProperties agora;

	private final LinkedDataProperties settings;

	private final GraphNames graphs;

	private final PrivacyRule privacy;

	Describer(DatasetGraph dataset, AgoraProperties agora, LinkedDataProperties settings, GraphNames graphs,
			PrivacyRule privacy) {
		this.dataset = dataset;
		this.agora = agora;
		this.settings = settings;
		this.graphs = graphs;
		this.privacy = privacy;
	}

	/**
	 * The IRIs a document path ({@code initiative/x} of {@code /id/initiative/x}) may
	 * name: under the deployment's base first, then under Agora's vocabulary base.
	 */
	List<Node> candidates(String path) {
		Set<String> iris = new LinkedHashSet<>();
		iris.add(this.agora.resolve("id/" + path));
		iris.add(this.settings.vocabularyBase() + "id/" + path);
		return iris.stream().map(NodeFactory::createURI).toList();
	}

	/** The description of the resource a document path names, if the store knows it. */
	Optional<Description> describe(String path, int page) {
		return Txn.calculateRead(this.dataset, () -> {
			for (Node candidate : candidates(path)) {
				if (known(candidate)) {
					return Optional.of(build(candidate, page));
				}
			}
			return Optional.empty();
		});
	}

	/** The IRI the store knows for a document path, if any (for 303 answers). */
	Optional<Node> resolve(String path) {
		return Txn.calculateRead(this.dataset, () -> candidates(path).stream().filter(this::known).findFirst());
	}

	/**
	 * The ontology document: the graph of Agora's ontology and SKOS schemes, whole.
	 */
	Description ontology() {
		return Txn.calculateRead(this.dataset, () -> {
			DatasetGraph out = DatasetGraphFactory.createGeneral();
			Node graph = this.graphs.ontology();
			this.dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
			return new Description(NodeFactory.createURI(Agora.ONTOLOGY), out, 0, 1, this.settings.incomingPageSize(),
					false);
		});
	}

	private boolean known(Node node) {
		return this.dataset.find(Node.ANY, node, Node.ANY, Node.ANY).hasNext()
				|| this.dataset.find(Node.ANY, Node.ANY, Node.ANY, node).hasNext();
	}

	private Description build(Node subject, int page) {
		DatasetGraph out = DatasetGraphFactory.createGeneral();
		Set<Node> linked = new LinkedHashSet<>();
		boolean truncated = addOwn(subject, out, linked);
		long incoming = addIncoming(subject, page, out, linked);
		addLabels(linked, out);
		// Personal data of people who did not consent never leaves the store.
		Disclosure disclosure = this.privacy.disclosure(this.dataset);
		java.util.List<Quad> withheld = new java.util.ArrayList<>();
		out.find().forEachRemaining((quad) -> {
			if (!disclosure.test(quad)) {
				withheld.add(quad);
			}
		});
		withheld.forEach(out::delete);
		return new Description(subject, out, incoming, page, this.settings.incomingPageSize(), truncated);
	}

	/**
	 * The resource's own statements and those of the blank nodes they reach; returns
	 * whether the bound cut them.
	 */
	private boolean addOwn(Node subject, DatasetGraph out, Set<Node> linked) {
		int budget = this.settings.maxStatements();
		Deque<Node> pending = new ArrayDeque<>();
		Set<Node> visited = new HashSet<>();
		pending.add(subject);
		while (!pending.isEmpty()) {
			Node node = pending.poll();
			if (!visited.add(node)) {
				continue;
			}
			Iterator<Quad> quads = this.dataset.find(Node.ANY, node, Node.ANY, Node.ANY);
			while (quads.hasNext()) {
				if (budget-- == 0) {
					return true;
				}
				Quad quad = quads.next();
				out.add(quad);
				Node object = quad.getObject();
				if (object.isBlank()) {
					pending.add(object);
				}
				else if (object.isURI()) {
					linked.add(object);
				}
			}
		}
		return false;
	}

	/**
	 * One page of the statements whose object is the resource (the store's index order is
	 * stable for a given state, so pages do not overlap); returns their total.
	 */
	private long addIncoming(Node subject, int page, DatasetGraph out, Set<Node> linked) {
		int size = this.settings.incomingPageSize();
		long first = (long) (page - 1) * size;
		long index = 0;
		Iterator<Quad> quads = this.dataset.find(Node.ANY, Node.ANY, Node.ANY, subject);
		while (quads.hasNext()) {
			Quad quad = quads.next();
			if (quad.getSubject().equals(subject)) {
				continue;
			}
			if (index >= first && index < first + size) {
				out.add(quad);
				if (quad.getSubject().isURI()) {
					linked.add(quad.getSubject());
				}
			}
			index++;
		}
		return index;
	}

	private void addLabels(Set<Node> linked, DatasetGraph out) {
		int count = 0;
		for (Node node : linked) {
			if (count++ == MAX_LABELLED) {
				return;
			}
			for (Node property : Labels.PROPERTIES) {
				this.dataset.find(Node.ANY, node, property, Node.ANY).forEachRemaining(out::add);
			}
		}
	}

}
