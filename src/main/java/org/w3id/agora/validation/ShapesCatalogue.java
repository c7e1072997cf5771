package org.w3id.agora.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every file of {@code shapes/}, read once from the classpath into one shapes graph (or
 * the files of {@code agora.validation.shapes}).
 */
@Component
public class ShapesCatalogue {

	static final String LOCATION = "classpath*:shapes/*.ttl";

	private final Graph graph;

	private final Shapes shapes;

	private final List<String> files;

	private final Set<Node> pathPredicates;

	/** The bundled shapes ({@code shapes/*.ttl}), for tools and tests outside Spring. */
	public ShapesCatalogue() {
		this(LOCATION);
	}

	@Autowired
	public ShapesCatalogue(ValidationProperties properties) {
		this(properties.shapes());
	}

	ShapesCatalogue(String location) {
		this.graph = GraphFactory.createDefaultGraph();
		try {
			Resource[] all = new PathMatchingResourcePatternResolver().getResources(location);
			// A class path may name the same folder twice (e.g. through a manifest): each
			// shapes file is read once, by name.
			Resource[] found = Arrays.stream(all)
				.collect(java.util.stream.Collectors.toMap(Resource::getFilename, (r) -> r, (a, b) -> a,
						java.util.TreeMap::new))
				.values()
				.toArray(Resource[]::new);
			for (Resource file : found) {
				try (InputStream in = file.getInputStream()) {
					RDFParser.source(in).lang(Lang.TURTLE).parse(this.graph);
				}
			}
			this.files = Arrays.stream(found).map(Resource::getFilename).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shapes " + location, ex);
		}
		this.shapes = Shapes.parse(this.graph);
		this.pathPredicates = pathPredicates(this.graph);
	}

	/**
	 * Every predicate that occurs in a property path of a shape ({@code sh:path}, through
	 * inverse, sequence and alternative paths): a change to a node can only affect the
	 * validation of nodes linked to it by one of these.
	 */
	public Set<Node> pathPredicates() {
		return this.pathPredicates;
	}

	private static Set<Node> pathPredicates(Graph shapes) {
		Set<Node> predicates = new HashSet<>();
		Deque<Node> pending = new ArrayDeque<>();
		Set<Node> seen = new HashSet<>();
		G.find(shapes, null, SHACL.path, null).forEach((t) -> pending.add(t.getObject()));
		while (!pending.isEmpty()) {
			Node node = pending.pop();
			if (!seen.add(node)) {
				continue;
			}
			if (node.isURI()) {
				if (!node.equals(RDF.Nodes.nil)) {
					predicates.add(node);
				}
				continue;
			}
			// A blank node of a path expression: follow everything it points to.
			G.find(shapes, node, null, null).forEach((t) -> pending.add(t.getObject()));
		}
		return Set.copyOf(predicates);
	}

	public Shapes shapes() {
		return this.shapes;
	}

	/** The shapes as RDF, e.g. to publish or to validate with SHACL-for-SHACL. */
	public Graph graph() {
		return this.graph;
	}

	/** The file names the catalogue was read from. */
	public List<String> files() {
		return this.files;
	}

}
