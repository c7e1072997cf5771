package org.w3id.agora.dumps;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct triples of the union of the named graphs, in constant memory. Jena's union
 * graph removes duplicates with a hash set of every triple seen, which grows with the
 * data; here the quads are read from TDB2's {@code SPOG} index, where the copies of a
 * triple held by several graphs are adjacent, so a duplicate is recognised by comparing
 * with the previous quad only. Call inside a read transaction.
 */
public final class UnionTriples implements Iterator<Triple> {

	private final Iterator<Tuple<NodeId>> quads;

	private final NodeTable nodes;

	private Tuple<NodeId> previous;

	private Tuple<NodeId> next;

	private UnionTriples(Iterator<Tuple<NodeId>> quads, NodeTable nodes) {
		this.quads = quads;
		this.nodes = nodes;
	}

	/**
	 * The union's triples: from the {@code SPOG} index of a TDB2 store, or from the union
	 * graph of any other dataset (not in constant memory then).
	 */
	public static Iterator<Triple> of(DatasetGraph dataset) {
		if (!TDBInternal.isTDB2(dataset)) {
			return dataset.getUnionGraph().find();
		}
		DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
		NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
		for (TupleIndex index : table.getTupleTable().getIndexes()) {
			if (index.getName().equalsIgnoreCase("SPOG")) {
				return new UnionTriples(index.all(), table.getNodeTable());
			}
		}
		return dataset.getUnionGraph().find();
	}

	@Override
	public boolean hasNext() {
		while (this.next == null && this.quads.hasNext()) {
			Tuple<NodeId> quad = this.quads.next();
			if (this.previous == null || !sameTriple(this.previous, quad)) {
				this.next = quad;
			}
			this.previous = quad;
		}
		return this.next != null;
	}

	@Override
	public Triple next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		// Tuples come back in the table's primary order, graph first: G S P O.
		Tuple<NodeId> quad = this.next;
		this.next = null;
		return Triple.create(this.nodes.getNodeForNodeId(quad.get(1)), this.nodes.getNodeForNodeId(quad.get(2)),
				this.nodes.getNodeForNodeId(quad.get(3)));
	}

	private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
		return a.get(1).equals(b.get(1)) && a.get(2).equals(b.get(2)) && a.get(3).equals(b.get(3));
	}

}
