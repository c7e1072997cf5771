package org.w3id.agora.contributions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store seen by a write, inside its write transaction: every add and delete goes
 * through here and is recorded as a net change (adding what is there or deleting what is
 * not changes nothing), and every read checks the time budget of the write. Graphs handed
 * out are views over this wrapper, so writes through a graph are recorded too.
 */
final class RecordingDataset extends DatasetGraphWrapper {

	/** Thrown when the write runs past its time budget; the write is then aborted. */
	static final class OverTimeException extends RuntimeException {

		OverTimeException(String message) {
			super(message);
		}

	}

	private final Set<Quad> added = new LinkedHashSet<>();

	private final Set<Quad> removed = new LinkedHashSet<>();

	private final long deadline;

	private final String budget;

	RecordingDataset(DatasetGraph base, long deadlineNanos, String budget) {
		super(base);
		this.deadline = deadlineNanos;
		this.budget = budget;
	}

	Changes changes() {
		return new Changes(List.copyOf(this.added), List.copyOf(this.removed));
	}

	void checkTime() {
		if (System.nanoTime() > this.deadline) {
			throw new OverTimeException(
					"The write ran longer than the " + this.budget + " allowed and was cancelled; nothing was stored.");
		}
	}

	@Override
	public void add(Node g, Node s, Node p, Node o) {
		checkTime();
		Quad quad = Quad.create(g, s, p, o);
		if (getR().contains(g, s, p, o)) {
			return;
		}
		getW().add(g, s, p, o);
		if (!this.removed.remove(quad)) {
			this.added.add(quad);
		}
	}

	@Override
	public void delete(Node g, Node s, Node p, Node o) {
		checkTime();
		if (!getR().contains(g, s, p, o)) {
			return;
		}
		getW().delete(g, s, p, o);
		Quad quad = Quad.create(g, s, p, o);
		if (!this.added.remove(quad)) {
			this.removed.add(quad);
		}
	}

	@Override
	public void add(Quad quad) {
		add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
	}

	@Override
	public void delete(Quad quad) {
		delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
	}

	@Override
	public void deleteAny(Node g, Node s, Node p, Node o) {
		List<Quad> matching = new ArrayList<>();
		getR().find(g, s, p, o).forEachRemaining(matching::add);
		matching.forEach(this::delete);
	}

	@Override
	public void clear() {
		deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
	}

	@Override
	public void removeGraph(Node graphName) {
		deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
	}

	@Override
	public void addGraph(Node graphName, Graph graph) {
		graph.find().forEachRemaining((t) -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
	}

	@Override
	public Graph getDefaultGraph() {
		return GraphView.createDefaultGraph(this);
	}

	@Override
	public Graph getGraph(Node graphNode) {
		return GraphView.createNamedGraph(this, graphNode);
	}

	@Override
	public Graph getUnionGraph() {
		return GraphView.createUnionGraph(this);
	}

	@Override
	public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
		checkTime();
		return timed(super.find(g, s, p, o));
	}

	@Override
	public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
		checkTime();
		return timed(super.findNG(g, s, p, o));
	}

	@Override
	public Iterator<Quad> find(Quad quad) {
		return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
	}

	@Override
	public Iterator<Quad> find() {
		return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
	}

	private Iterator<Quad> timed(Iterator<Quad> quads) {
		return new Iterator<>() {
			private int count;

			@Override
			public boolean hasNext() {
				if ((++this.count & 1023) == 0) {
					checkTime();
				}
				return quads.hasNext();
			}

			@Override
			public Quad next() {
				if (!quads.hasNext()) {
					throw new NoSuchElementException();
				}
				return quads.next();
			}
		};
	}

}
