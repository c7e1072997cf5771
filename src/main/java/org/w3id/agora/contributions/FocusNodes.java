package org.w3id.agora.contributions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.G;

/**
 * The nodes whose validation a change can affect, so that a write is validated at the
 * cost of the change, not of the store:
 * <ul>
 * <li>the subjects of every added or removed quad (their description changed);</li>
 * <li>the objects of those quads that are resources (a shape with an inverse path sees
 * the link from their side);</li>
 * <li>one step back along the predicates used in the shapes' property paths from each
 * changed subject: a node that links to a changed node may check its class or shape
 * ({@code sh:class}, {@code sh:node});</li>
 * <li>blank nodes are walked back to the resources that hold them, however deep.</li>
 * </ul>
 */
final class FocusNodes {

	private FocusNodes() {
	}

	static Set<Node> of(Changes changes, Graph data, Set<Node> pathPredicates, Node excludedGraph) {
		Set<Node> subjects = new LinkedHashSet<>();
		Set<Node> focus = new LinkedHashSet<>();
		changes.all().filter((quad) -> !quad.getGraph().equals(excludedGraph)).forEach((Quad quad) -> {
			subjects.add(quad.getSubject());
			focus.add(quad.getSubject());
			Node object = quad.getObject();
			if (object.isURI() || object.isBlank()) {
				focus.add(object);
			}
		});
		Deque<Node> pending = new ArrayDeque<>(subjects);
		Set<Node> walked = new LinkedHashSet<>();
		while (!pending.isEmpty()) {
			Node node = pending.pop();
			if (!walked.add(node)) {
				continue;
			}
			for (Node predicate : pathPredicates) {
				G.find(data, null, predicate, node).forEachRemaining((t) -> {
					focus.add(t.getSubject());
					if (t.getSubject().isBlank()) {
						pending.add(t.getSubject());
					}
				});
			}
			if (node.isBlank()) {
				// A blank node belongs to whatever holds it, whichever predicate links
				// them.
				G.find(data, null, null, node).forEachRemaining((t) -> {
					focus.add(t.getSubject());
					pending.add(t.getSubject());
				});
			}
		}
		return focus;
	}

}
