package org.w3id.agora.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3id.agora.validation.ShapesCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements of the model, run on demand (not part of the build):
 * {@code mvn -B -o test -Dtest=ModelMeasurements -Dagora.measure=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints, and writes to {@code target/model-measurements.md}: the triple count of every
 * file of the model, and the SHACL validation time (jena-shacl, in memory, data together
 * with the ontology graph as the Validator does) of the example data and of 100 synthetic
 * copies of it (every IRI under {@code <base>id/} suffixed with the copy number).
 */
@EnabledIfSystemProperty(named = "agora.measure", matches = "true")
class ModelMeasurements {

	private static final String BASE = "http://localhost:8080/";

	private static final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void measure() throws IOException {
		StringBuilder report = new StringBuilder("# Model measurements\n\n| file | triples |\n|---|---:|\n");
		Graph ontology = GraphFactory.createDefaultGraph();
		Graph data = GraphFactory.createDefaultGraph();
		for (String pattern : List.of("classpath*:ontology/*.ttl", "classpath*:shapes/*.ttl",
				"classpath*:dataset/*.ttl", "classpath*:fuseki-config/*.ttl")) {
			Resource[] files = resolver.getResources(pattern);
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			long total = 0;
			for (Resource file : files) {
				Graph graph = parse(file);
				total += graph.size();
				String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
				report.append("| ")
					.append(folder)
					.append('/')
					.append(file.getFilename())
					.append(" | ")
					.append(graph.size())
					.append(" |\n");
				if (folder.equals("ontology")) {
					graph.find().forEach(ontology::add);
				}
				else if (folder.equals("dataset")) {
					graph.find().forEach(data::add);
				}
			}
			report.append("| **")
				.append(pattern, "classpath*:".length(), pattern.indexOf('/'))
				.append(" total** | **")
				.append(total)
				.append("** |\n");
		}
		Shapes shapes = new ShapesCatalogue().shapes();
		report.append(
				"\n| validated graph | data triples | + ontology triples | violations | warnings | median ms (runs) |\n")
			.append("|---|---:|---:|---:|---:|---:|\n");
		measureValidation(report, "example data (1x)", data, ontology, shapes, 7);
		Graph copies = GraphFactory.createDefaultGraph();
		for (int copy = 1; copy <= 100; copy++) {
			copy(data, copy, copies);
		}
		measureValidation(report, "100 synthetic copies (100x)", copies, ontology, shapes, 3);
		report.append("\nJVM: ")
			.append(System.getProperty("java.version"))
			.append(", ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" processors\n");
		System.out.println(report);
		Files.writeString(Path.of("target", "model-measurements.md"), report, StandardCharsets.UTF_8);
	}

	private static void measureValidation(StringBuilder report, String name, Graph data, Graph ontology, Shapes shapes,
			int runs) {
		Graph graph = GraphFactory.createDefaultGraph();
		data.find().forEach(graph::add);
		ontology.find().forEach(graph::add);
		ValidationReport result = ShaclValidator.get().validate(shapes, graph); // warm-up
		List<Long> times = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			result = ShaclValidator.get().validate(shapes, graph);
			times.add((System.nanoTime() - start) / 1_000_000);
		}
		times.sort(Comparator.naturalOrder());
		long violations = result.getEntries().stream().filter((e) -> e.severity() == Severity.Violation).count();
		long warnings = result.getEntries().stream().filter((e) -> e.severity() == Severity.Warning).count();
		assertThat(violations).isZero();
		report.append("| ")
			.append(name)
			.append(" | ")
			.append(data.size())
			.append(" | ")
			.append(ontology.size())
			.append(" | ")
			.append(violations)
			.append(" | ")
			.append(warnings)
			.append(" | ")
			.append(times.get(times.size() / 2))
			.append(" (")
			.append(runs)
			.append(") |\n");
	}

	/**
	 * Adds to {@code target} a copy of {@code data} whose instance IRIs end with -copy.
	 */
	private static void copy(Graph data, int copy, Graph target) {
		Map<Node, Node> blanks = new HashMap<>();
		for (Triple t : data.find().toList()) {
			target.add(Triple.create(rename(t.getSubject(), copy, blanks), t.getPredicate(),
					rename(t.getObject(), copy, blanks)));
		}
	}

	private static Node rename(Node node, int copy, Map<Node, Node> blanks) {
		if (node.isBlank()) {
			return blanks.computeIfAbsent(node, (b) -> NodeFactory.createBlankNode());
		}
		if (node.isURI() && node.getURI().startsWith(BASE + "id/")) {
			return NodeFactory.createURI(node.getURI() + "-" + copy);
		}
		return node;
	}

	private static Graph parse(Resource file) throws IOException {
		Graph graph = GraphFactory.createDefaultGraph();
		try (InputStream in = file.getInputStream()) {
			RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(graph);
		}
		return graph;
	}

}
