package org.w3id.agora.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a document says about one resource: its own statements (in the graphs that hold
 * them), the blank nodes they lead to, one page of the statements pointing at it, and the
 * labels of every resource linked.
 *
 * @param subject the resource described
 * @param quads the statements, each in its named graph
 * @param incomingTotal how many statements point at the resource in all
 * @param page the page of incoming links included (1-based)
 * @param pageSize the most incoming links in one page
 * @param truncated whether the resource's own statements exceeded the bound and were cut
 */
record Description(Node subject, DatasetGraph quads, long incomingTotal, int page, int pageSize, boolean truncated) {

	boolean hasNextPage() {
		return (long) this.page * this.pageSize < this.incomingTotal;
	}

	int lastPage() {
		return (int) Math.max(1, (this.incomingTotal + this.pageSize - 1) / this.pageSize);
	}

}
