package org.w3id.agora.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.G;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3id.agora.support.TestServer;
import org.w3id.agora.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of SHACL cases ({@code src/test/resources/shacl-cases/manifest.ttl}, in
 * the style of the W3C SHACL test suite): each data graph is validated by the server's
 * {@link Validator} (shapes catalogue, data together with the store's ontology graph) and
 * must give exactly the expected violations, with focus node, path, constraint component
 * and severity.
 */
class ShaclCasesTests {

	private static final String MANIFEST_BASE = "http://localhost:8080/test/shacl-cases/manifest.ttl";

	private static final String CASES = "http://localhost:8080/test/shacl-cases/";

	private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

	private static final String SHT = "http://www.w3.org/ns/shacl-test#";

	@TempDir
	static Path store;

	static TestServer server;

	@BeforeAll
	static void start() {
		server = TestServer.start(store);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static Graph manifest() throws IOException {
		Graph manifest = GraphFactory.createDefaultGraph();
		try (InputStream in = resource("shacl-cases/manifest.ttl")) {
			RDFParser.source(in).lang(Lang.TURTLE).base(MANIFEST_BASE).parse(manifest);
		}
		return manifest;
	}

	static Stream<Arguments> cases() throws IOException {
		Graph manifest = manifest();
		Node list = G.getOneSP(manifest, NodeFactory.createURI(MANIFEST_BASE), uri(MF + "entries"));
		return G.rdfList(manifest, list)
			.stream()
			.map((entry) -> Arguments.of(entry.getURI().substring(entry.getURI().indexOf('#') + 1), entry));
	}

	@Test
	void theCatalogue_hasAtLeastFortyFailingCasesCoveringEveryShapeFile() throws IOException {
		Graph manifest = manifest();
		List<Node> entries = G.rdfList(manifest,
				G.getOneSP(manifest, NodeFactory.createURI(MANIFEST_BASE), uri(MF + "entries")));
		long failing = entries.stream()
			.filter((e) -> !G.listSP(manifest, G.getOneSP(manifest, e, uri(MF + "result")), SHACL.result).isEmpty())
			.count();
		Set<Node> components = new HashSet<>();
		manifest.find(Node.ANY, SHACL.sourceConstraintComponent, Node.ANY)
			.forEach((t) -> components.add(t.getObject()));
		assertThat(failing).isGreaterThanOrEqualTo(40);
		assertThat(components).hasSizeGreaterThanOrEqualTo(12);
		assertThat(manifest.contains(Node.ANY, SHACL.resultSeverity, SHACL.Warning)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shaclCase_givesExactlyTheExpectedResults(String name, Node entry) throws IOException {
		Graph manifest = manifest();
		Node action = G.getOneSP(manifest, entry, uri(MF + "action"));
		String dataFile = G.getOneSP(manifest, action, uri(SHT + "dataGraph")).getURI().substring(CASES.length());
		Graph data = GraphFactory.createDefaultGraph();
		try (InputStream in = resource("shacl-cases/" + dataFile)) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(data);
		}
		Node expectedReport = G.getOneSP(manifest, entry, uri(MF + "result"));
		Set<String> expected = new HashSet<>();
		for (Node result : G.listSP(manifest, expectedReport, SHACL.result)) {
			expected
				.add(key(G.getOneSP(manifest, result, SHACL.focusNode), G.getOneSP(manifest, result, SHACL.resultPath),
						G.getOneSP(manifest, result, SHACL.sourceConstraintComponent),
						G.getOneSP(manifest, result, SHACL.resultSeverity)));
		}

		ValidationReport report = server.bean(Validator.class).validate(data);

		List<String> actual = new ArrayList<>();
		List<String> actualViolations = new ArrayList<>();
		for (ReportEntry e : report.getEntries()) {
			Node path = (e.resultPath() instanceof P_Link link) ? link.getNode() : null;
			String key = key(e.focusNode(), path, e.sourceConstraintComponent(), e.severity().level());
			actual.add(key);
			if (e.severity().level().equals(SHACL.Violation)) {
				actualViolations.add(key);
			}
		}
		assertThat(actual).as(name + ": expected results").containsAll(expected);
		assertThat(actualViolations).as(name + ": no violation other than the expected ones")
			.allMatch(expected::contains);
		boolean conforms = G.getOneSP(manifest, expectedReport, SHACL.conforms).getLiteralLexicalForm().equals("true");
		assertThat(report.conforms()).as(name + ": sh:conforms").isEqualTo(conforms);
	}

	private static String key(Node focus, Node path, Node component, Node severity) {
		return ShLib.displayStr(focus) + " " + ((path != null) ? ShLib.displayStr(path) : "-") + " "
				+ ShLib.displayStr(component) + " " + ShLib.displayStr(severity);
	}

	private static Node uri(String iri) {
		return NodeFactory.createURI(iri);
	}

	private static InputStream resource(String location) throws IOException {
		return new PathMatchingResourcePatternResolver().getResource("classpath:" + location).getInputStream();
	}

}
