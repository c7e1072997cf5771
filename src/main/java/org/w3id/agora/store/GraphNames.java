package org.w3id.agora.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;
import org.w3id.agora.AgoraProperties;

/**
 * The named graphs of the store. Each source has its own graph under
 * {@code <base>graph/}: the vocabularies ({@code graph/ontology}), the curated data
 * ({@code graph/curated}), each partner ({@code graph/source/<partner>}), and
 * {@code graph/sources}, which describes all of them.
 */
@Component
public class GraphNames {

	/** The graph of Agora's ontology and SKOS schemes. */
	public static final String ONTOLOGY = "graph/ontology";

	/** The graph of data curated by Agora itself (example data and contributions). */
	public static final String CURATED = "graph/curated";

	/**
	 * The graph that describes every source graph: title, licence, checksum, last load.
	 */
	public static final String SOURCES = "graph/sources";

	/** The prefix of partners' graphs, {@code graph/source/<partner>}. */
	public static final String PARTNERS = "graph/source/";

	/**
	 * The graph of provenance: one PROV-O activity per accepted write (who, when, how,
	 * which resources). Written only by the guarded write path.
	 */
	public static final String PROVENANCE = "graph/provenance";

	private final AgoraProperties agora;

	public GraphNames(AgoraProperties agora) {
		this.agora = agora;
	}

	/**
	 * A graph name given relative to the base ({@code graph/curated}) or as an absolute
	 * IRI.
	 */
	public Node graph(String nameOrIri) {
		return NodeFactory.createURI(this.agora.resolve(nameOrIri));
	}

	public Node ontology() {
		return graph(ONTOLOGY);
	}

	public Node curated() {
		return graph(CURATED);
	}

	public Node sources() {
		return graph(SOURCES);
	}

	public Node provenance() {
		return graph(PROVENANCE);
	}

	/** The graph holding what was harvested from one partner. */
	public Node partner(String slug) {
		return graph(PARTNERS + slug);
	}

}
