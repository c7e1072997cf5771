package org.w3id.agora.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Every file of {@code shapes/}, read once from the classpath into one shapes graph. */
@Component
public class ShapesCatalogue {

	static final String LOCATION = "classpath*:shapes/*.ttl";

	private final Graph graph;

	private final Shapes shapes;

	private final List<String> files;

	public ShapesCatalogue() {
		this.graph = GraphFactory.createDefaultGraph();
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(found, Comparator.comparing(Resource::getFilename));
			for (Resource file : found) {
				try (InputStream in = file.getInputStream()) {
					RDFParser.source(in).lang(Lang.TURTLE).parse(this.graph);
				}
			}
			this.files = Arrays.stream(found).map(Resource::getFilename).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shapes " + LOCATION, ex);
		}
		this.shapes = Shapes.parse(this.graph);
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
