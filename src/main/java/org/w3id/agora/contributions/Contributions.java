package org.w3id.agora.contributions;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.stereotype.Service;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.security.Agent;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.validation.Validator;

/**
 * What the contribution endpoints do to the store, each through the {@link WriteGuard}:
 * create resources from a posted graph, replace or remove a resource's description, patch
 * it with SPARQL Update or RDF Patch; and validate a graph without storing it.
 * Descriptions live in {@code graph/curated}; a description is the triples whose subject
 * is the resource, with the blank nodes they hold.
 */
@Service
public class Contributions {

	/** What a contribution created. */
	public record Created(List<Node> roots, WriteGuard.Committed<?> commit) {
	}

	private final WriteGuard guard;

	private final GraphNames graphs;

	private final AgoraProperties agora;

	private final DatasetGraph dataset;

	private final Validator validator;

	public Contributions(WriteGuard guard, GraphNames graphs, AgoraProperties agora, DatasetGraph dataset,
			Validator validator) {
		this.guard = guard;
		this.graphs = graphs;
		this.agora = agora;
		this.dataset = dataset;
		this.validator = validator;
	}

	/** The prefix every resource written through the API must start with. */
	String idBase() {
		return this.agora.resolve("id/");
	}

	/**
	 * Adds new resources: every IRI subject must be under {@code <base>id/} and not yet
	 * described anywhere in the store (409 otherwise; edits go to {@code PUT /id/…}).
	 */
	public Created create(Agent agent, Graph data) {
		if (data.isEmpty()) {
			throw new WriteProblem(400, "The contribution is empty: it holds no triple.");
		}
		Set<Node> subjects = new LinkedHashSet<>();
		G.find(data, null, null, null).forEachRemaining((t) -> subjects.add(t.getSubject()));
		for (Node subject : subjects) {
			if (subject.isURI() && !subject.getURI().startsWith(idBase())) {
				throw new WriteProblem(400,
						"<" + subject.getURI() + "> is not an Agora resource: contributions "
								+ "describe resources under " + idBase()
								+ " (relative IRIs such as <id/initiative/my-slug> " + "resolve there).");
			}
		}
		List<Node> roots = roots(data, subjects);
		Node curated = this.graphs.curated();
		WriteGuard.Committed<?> commit = this.guard.write(agent, WriteMethod.API, (store) -> {
			for (Node subject : subjects) {
				if (subject.isURI() && store.find(Node.ANY, subject, Node.ANY, Node.ANY).hasNext()) {
					throw new WriteProblem(409, "<" + subject.getURI() + "> already exists: a contribution creates "
							+ "new resources; replace its description with PUT " + subject.getURI() + ".");
				}
			}
			data.find().forEachRemaining((t) -> store.add(curated, t.getSubject(), t.getPredicate(), t.getObject()));
			return null;
		});
		return new Created(roots, commit);
	}

	/** IRI subjects no other subject of the data links to: the resources contributed. */
	private static List<Node> roots(Graph data, Set<Node> subjects) {
		List<Node> roots = new ArrayList<>();
		for (Node subject : subjects) {
			if (subject.isURI() && G.find(data, null, null, subject)
				.filterDrop((t) -> t.getSubject().equals(subject))
				.toList()
				.isEmpty()) {
				roots.add(subject);
			}
		}
		if (roots.isEmpty()) {
			subjects.stream().filter(Node::isURI).findFirst().ifPresent(roots::add);
		}
		roots.sort((a, b) -> a.getURI().compareTo(b.getURI()));
		return roots;
	}

	/**
	 * Replaces the description of {@code resource} with {@code data}, whose subjects must
	 * be the resource or blank nodes.
	 * @return whether the resource was new
	 */
	public WriteGuard.Committed<Boolean> replace(Agent agent, Node resource, Graph data) {
		G.find(data, null, null, null).forEachRemaining((t) -> {
			if (!t.getSubject().equals(resource) && !t.getSubject().isBlank()) {
				throw new WriteProblem(400, "PUT " + resource.getURI() + " describes that resource only; the body "
						+ "also describes <" + t.getSubject() + ">.");
			}
		});
		if (data.isEmpty()) {
			throw new WriteProblem(400, "The body is empty; to remove " + resource.getURI() + " use DELETE.");
		}
		Node curated = this.graphs.curated();
		return this.guard.write(agent, WriteMethod.API, (store) -> {
			boolean existed = removeDescription(store, curated, resource);
			data.find().forEachRemaining((t) -> store.add(curated, t.getSubject(), t.getPredicate(), t.getObject()));
			return !existed;
		});
	}

	public WriteGuard.Committed<Boolean> delete(Agent agent, Node resource) {
		Node curated = this.graphs.curated();
		return this.guard.write(agent, WriteMethod.API, (store) -> {
			if (!removeDescription(store, curated, resource)) {
				throw new WriteProblem(404, "<" + resource.getURI() + "> has no description in <" + curated.getURI()
						+ ">: nothing to delete.");
			}
			return true;
		});
	}

	/** Applies a SPARQL Update whose default graph is {@code graph/curated}. */
	public WriteGuard.Committed<Void> patchWithUpdate(Agent agent, Node resource, String update) {
		UpdateRequest request;
		try {
			request = UpdateFactory.create(update, this.agora.base());
		}
		catch (QueryParseException ex) {
			throw new WriteProblem(400, "The SPARQL Update does not parse: " + ex.getMessage());
		}
		UpdateChecks.check(request);
		Node curated = this.graphs.curated();
		WriteGuard.Committed<Void> commit = this.guard.write(agent, WriteMethod.API, (store) -> {
			DatasetGraph view = DatasetGraphFactory.wrap(store.getGraph(curated));
			UpdateExec.dataset(view)
				.update(request)
				.timeout(this.guard.properties().timeLimit().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
				.execute();
			onlyAbout(resource, store);
			return null;
		});
		return commit;
	}

	/**
	 * Applies an RDF Patch; quads of the default graph go to {@code graph/curated}, the
	 * only graph a patch may name.
	 */
	public WriteGuard.Committed<Void> patchWithRdfPatch(Agent agent, Node resource, byte[] body) {
		RDFPatch patch;
		try {
			patch = RDFPatchOps.read(new ByteArrayInputStream(body));
		}
		catch (RuntimeException ex) {
			throw new WriteProblem(400, "The RDF Patch does not parse: " + ex.getMessage());
		}
		Node curated = this.graphs.curated();
		return this.guard.write(agent, WriteMethod.API, (store) -> {
			patch.apply(new ApplyToGraph(store, curated));
			onlyAbout(resource, store);
			return null;
		});
	}

	/**
	 * Validates a graph without storing it, in the context of the store: its nodes are
	 * checked against the union of the body and the store's data, so links to existing
	 * resources and concepts count.
	 */
	public ValidationReport validate(Graph data) {
		Set<Node> focus = new LinkedHashSet<>();
		G.find(data, null, null, null).forEachRemaining((t) -> {
			focus.add(t.getSubject());
			if (t.getObject().isURI() || t.getObject().isBlank()) {
				focus.add(t.getObject());
			}
		});
		return Txn.calculateRead(this.dataset,
				() -> this.validator.validateNodes(new Union(data, this.dataset.getUnionGraph()), focus));
	}

	private static void onlyAbout(Node resource, DatasetGraph store) {
		if (store instanceof RecordingDataset recording) {
			recording.changes().all().map(Quad::getSubject).forEach((subject) -> {
				if (!subject.equals(resource) && !subject.isBlank()) {
					throw new WriteProblem(400, "PATCH " + resource.getURI() + " may change that resource only; "
							+ "the patch changes <" + subject + ">.");
				}
			});
		}
	}

	/**
	 * Removes the triples of {@code resource} in {@code graph} and the blank nodes they
	 * hold, recursively.
	 * @return whether there was anything to remove
	 */
	static boolean removeDescription(DatasetGraph store, Node graph, Node resource) {
		List<Quad> doomed = new ArrayList<>();
		Deque<Node> pending = new ArrayDeque<>(List.of(resource));
		Set<Node> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			Node subject = pending.pop();
			if (!seen.add(subject)) {
				continue;
			}
			store.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining((quad) -> {
				doomed.add(quad);
				if (quad.getObject().isBlank()) {
					pending.add(quad.getObject());
				}
			});
		}
		doomed.forEach(store::delete);
		return !doomed.isEmpty();
	}

	/**
	 * Applies a patch's changes to the store, the default graph standing for one graph.
	 */
	private static final class ApplyToGraph implements RDFChanges {

		private final DatasetGraph store;

		private final Node graph;

		ApplyToGraph(DatasetGraph store, Node graph) {
			this.store = store;
			this.graph = graph;
		}

		private Node target(Node g) {
			if (g == null || Quad.isDefaultGraph(g) || g.equals(this.graph)) {
				return this.graph;
			}
			throw new WriteProblem(400, "An RDF Patch on a resource may change <" + this.graph.getURI()
					+ "> only (or the default graph, which stands for it); it names <" + g + ">.");
		}

		@Override
		public void add(Node g, Node s, Node p, Node o) {
			this.store.add(target(g), s, p, o);
		}

		@Override
		public void delete(Node g, Node s, Node p, Node o) {
			this.store.delete(target(g), s, p, o);
		}

		@Override
		public void header(String field, Node value) {
		}

		@Override
		public void addPrefix(Node gn, String prefix, String uriStr) {
		}

		@Override
		public void deletePrefix(Node gn, String prefix) {
		}

		@Override
		public void txnBegin() {
		}

		@Override
		public void txnCommit() {
		}

		@Override
		public void txnAbort() {
			throw new WriteProblem(400, "The RDF Patch aborts its own transaction (TA): nothing to apply.");
		}

		@Override
		public void segment() {
		}

		@Override
		public void start() {
		}

		@Override
		public void finish() {
		}

	}

}
