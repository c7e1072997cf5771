package org.w3id.agora.contributions;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.security.Agent;
import org.w3id.agora.vocab.Prov;

/**
 * Records an accepted write in PROV-O, in the provenance graph:
 *
 * <pre>
 * &lt;base&gt;id/change/&lt;uuid&gt; a prov:Activity ;
 *     prov:wasAssociatedWith &lt;agent&gt; ;
 *     prov:qualifiedAssociation [ a prov:Association ; prov:agent &lt;agent&gt; ;
 *         prov:hadRole &lt;…/id/role/curator&gt; ; prov:hadPlan &lt;…/id/write-method/api&gt; ] ;
 *     prov:startedAtTime "…"^^xsd:dateTime ; prov:endedAtTime "…"^^xsd:dateTime .
 * &lt;resource&gt; prov:wasGeneratedBy &lt;activity&gt; .    # added or edited
 * &lt;resource&gt; prov:wasInvalidatedBy &lt;activity&gt; .  # removed entirely
 * </pre>
 */
final class Provenance {

	private final AgoraProperties agora;

	private final Node graph;

	Provenance(AgoraProperties agora, Node graph) {
		this.agora = agora;
		this.graph = graph;
	}

	Node newActivity() {
		return NodeFactory.createURI(this.agora.resolve(Prov.CHANGE_PATH + UUID.randomUUID()));
	}

	/**
	 * The resources a change is about: the IRI subjects of changed quads (blank nodes
	 * stand for the resources that hold them, found among the focus nodes).
	 */
	static Set<Node> resources(Changes changes, Node provenanceGraph) {
		Set<Node> resources = new LinkedHashSet<>();
		changes.all()
			.filter((quad) -> !quad.getGraph().equals(provenanceGraph))
			.map(Quad::getSubject)
			.filter(Node::isURI)
			.forEach(resources::add);
		return resources;
	}

	void record(DatasetGraph dataset, Node activity, Agent agent, WriteMethod method, Instant started,
			Set<Node> resources) {
		Node agentNode = NodeFactory.createURI(agent.iri());
		add(dataset, activity, RDF.Nodes.type, Prov.Activity);
		add(dataset, activity, Prov.wasAssociatedWith, agentNode);
		Node association = NodeFactory.createBlankNode();
		add(dataset, activity, Prov.qualifiedAssociation, association);
		add(dataset, association, RDF.Nodes.type, Prov.Association);
		add(dataset, association, Prov.agent, agentNode);
		add(dataset, association, Prov.hadRole, NodeFactory.createURI(Prov.ROLE + agent.role().key()));
		add(dataset, association, Prov.hadPlan, NodeFactory.createURI(Prov.WRITE_METHOD + method.key()));
		add(dataset, activity, Prov.startedAtTime, time(started));
		add(dataset, activity, Prov.endedAtTime, time(Instant.now()));
		for (Node resource : resources) {
			boolean gone = dataset.stream(Node.ANY, resource, Node.ANY, Node.ANY)
				.noneMatch((quad) -> !quad.getGraph().equals(this.graph));
			add(dataset, resource, gone ? Prov.wasInvalidatedBy : Prov.wasGeneratedBy, activity);
		}
	}

	private void add(DatasetGraph dataset, Node s, Node p, Node o) {
		dataset.add(this.graph, s, p, o);
	}

	private static Node time(Instant instant) {
		return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
	}

}
