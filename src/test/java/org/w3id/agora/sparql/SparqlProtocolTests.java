package org.w3id.agora.sparql;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.agora.support.Rdf;
import org.w3id.agora.support.StoreProbe;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPARQL 1.1 Protocol as Agora serves it at {@code /sparql}, {@code /update} and
 * {@code /data}: the real server over a real TDB2 store, through real HTTP. Expected
 * answers are computed on the same store in-process, so the test checks the protocol, not
 * a copy of the data.
 */
class SparqlProtocolTests {

	private static final String ROWS = """
			SELECT ?g ?s ?p ?o
			WHERE { GRAPH ?g { ?s ?p ?o } FILTER (!isBlank(?s) && !isBlank(?o)) }
			ORDER BY ?g ?s ?p ?o""";

	private static final String CURATED = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + TestServer.BASE
			+ "graph/curated> { ?s ?p ?o } }";

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

	static Stream<Arguments> resultFormats() {
		List<Arguments> cases = new ArrayList<>();
		for (String style : List.of("GET", "POST form", "POST direct")) {
			cases.add(Arguments.of(style, "application/sparql-results+json", ResultSetLang.RS_JSON));
			cases.add(Arguments.of(style, "application/sparql-results+xml", ResultSetLang.RS_XML));
			cases.add(Arguments.of(style, "text/csv", ResultSetLang.RS_CSV));
			cases.add(Arguments.of(style, "text/tab-separated-values", ResultSetLang.RS_TSV));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} SELECT as {1}")
	@MethodSource("resultFormats")
	void select_inEachResultFormat_returnsTheStoreRows(String style, String mediaType, Lang lang) {
		HttpResponse<byte[]> response = server.sendForBytes(request(style, ROWS, mediaType));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(mediaType));
		ResultSet parsed = ResultSetMgr.read(new ByteArrayInputStream(response.body()), lang);
		List<String> actual = new ArrayList<>();
		while (parsed.hasNext()) {
			actual.add(row(parsed.getResultVars(), parsed.nextBinding(), lang));
		}
		assertThat(parsed.getResultVars()).containsExactly("g", "s", "p", "o");
		assertThat(actual).containsExactlyElementsOf(expectedRows(lang)).hasSizeGreaterThan(10);
	}

	@ParameterizedTest(name = "CONSTRUCT as {0}")
	@ValueSource(strings = { "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples" })
	void construct_inEachRdfFormat_isIsomorphicToTheStoreGraph(String mediaType) {
		HttpResponse<byte[]> response = server.sendForBytes(server.queryGet("/sparql", CURATED, mediaType));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(mediaType));
		Graph expected = Txn.calculateRead(server.dataset(),
				() -> QueryExec.dataset(server.dataset()).query(CURATED).construct());
		assertThat(expected.size()).isPositive();
		assertThat(Rdf.isomorphic(Rdf.toRio(expected), Rdf.parseWithRio(response.body(), mediaType, TestServer.BASE)))
			.as("what Rio parses back is isomorphic to the store's graph")
			.isTrue();
	}

	@ParameterizedTest(name = "ASK as {0}")
	@ValueSource(strings = { "application/sparql-results+json", "application/sparql-results+xml" })
	void ask_answersTrueAndFalse(String mediaType) {
		Lang lang = mediaType.endsWith("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
		String yes = "ASK { GRAPH <" + TestServer.BASE + "graph/ontology> { ?s ?p ?o } }";
		String no = "ASK { <urn:agora:test:nothing> ?p ?o }";

		assertThat(askOver(yes, mediaType, lang)).isTrue();
		assertThat(askOver(no, mediaType, lang)).isFalse();
	}

	@Test
	void get_syntaxError_returns400WithTheParserMessage() {
		HttpResponse<String> response = server.send(server.queryGet("/sparql", "SELECT * { ?s ?p ", null));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Encountered").contains("line 1, column");
	}

	@ParameterizedTest(name = "{0} asking for {1}")
	@MethodSource("unacceptable")
	void get_unsupportedAccept_returns406ListingTheOffers(String query, String accept, String offered) {
		HttpResponse<String> response = server.send(server.queryGet("/sparql", query, accept));

		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.body()).contains("Not acceptable").contains(offered).contains(accept);
	}

	static Stream<Arguments> unacceptable() {
		return Stream.of(Arguments.of("SELECT * {}", "image/png", "application/sparql-results+json"),
				Arguments.of("SELECT * {}", "text/turtle", "application/sparql-results+json"),
				Arguments.of("PREFIX x: <http://example.org/> # a comment\nCONSTRUCT WHERE { ?s ?p ?o }",
						"application/sparql-results+json", "text/turtle"));
	}

	@Test
	void post_directQueryBody_withOneSidedAccept_isStillAnswered() {
		HttpResponse<String> response = server.send(
				server.directPost("/sparql", "application/sparql-query", "ASK {}", "application/sparql-results+json"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"boolean\"");
	}

	@ParameterizedTest(name = "update sent as {0}")
	@ValueSource(strings = { "POST direct", "POST form" })
	void post_updateToQueryService_returns400AndChangesNothing(String style) {
		StoreProbe before = StoreProbe.of(server.dataset());
		String update = "INSERT DATA { <urn:agora:test:a> <urn:agora:test:b> <urn:agora:test:c> }";
		HttpRequest.Builder request = style.equals("POST form") ? server.formPost("/sparql", "update", update, null)
				: server.directPost("/sparql", "application/sparql-update", update, null);

		HttpResponse<String> response = server.send(request);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not accepted by /sparql").contains("/update");
		assertThat(StoreProbe.of(server.dataset())).isEqualTo(before);
	}

	@ParameterizedTest(name = "anonymous update sent as {0}")
	@ValueSource(strings = { "POST direct", "POST form" })
	void post_anonymousUpdate_returns401AndChangesNothing(String style) {
		StoreProbe before = StoreProbe.of(server.dataset());
		String update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }";
		HttpRequest.Builder request = style.equals("POST form") ? server.formPost("/update", "update", update, null)
				: server.directPost("/update", "application/sparql-update", update, null);

		HttpResponse<String> response = server.send(request);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Agora\"");
		assertThat(response.body()).contains("Authentication required");
		assertThat(StoreProbe.of(server.dataset())).isEqualTo(before);
	}

	@ParameterizedTest(name = "anonymous Graph Store Protocol {0}")
	@ValueSource(strings = { "PUT", "POST", "DELETE" })
	void graphStore_anonymousWrite_returns401AndChangesNothing(String method) {
		StoreProbe before = StoreProbe.of(server.dataset());
		HttpRequest.Builder request = HttpRequest
			.newBuilder(server.uri("/data?graph=" + TestServer.encode(TestServer.BASE + "graph/curated")))
			.header("Content-Type", "text/turtle")
			.header("Accept", "application/json")
			.method(method, method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString("<urn:agora:test:a> <urn:agora:test:b> 1 ."));

		HttpResponse<String> response = server.send(request);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401");
		assertThat(StoreProbe.of(server.dataset())).isEqualTo(before);
	}

	@Test
	void graphStore_get_returnsTheNamedGraph() {
		HttpResponse<byte[]> response = server.sendForBytes(HttpRequest
			.newBuilder(server.uri("/data?graph=" + TestServer.encode(TestServer.BASE + "graph/curated")))
			.header("Accept", "text/turtle"));

		assertThat(response.statusCode()).isEqualTo(200);
		Graph expected = Txn.calculateRead(server.dataset(), () -> {
			Graph copy = GraphFactory.createDefaultGraph();
			GraphUtil.addInto(copy,
					server.dataset().getGraph(NodeFactory.createURI(TestServer.BASE + "graph/curated")));
			return copy;
		});
		assertThat(
				Rdf.isomorphic(Rdf.toRio(expected), Rdf.parseWithRio(response.body(), "text/turtle", TestServer.BASE)))
			.isTrue();
	}

	@Test
	void health_reportsTheStoreUpWithItsQuadCount() {
		HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/actuator/health")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"store\":{\"details\":")
			.contains("\"quads\":" + StoreProbe.of(server.dataset()).quads())
			.contains("\"status\":\"UP\"");
	}

	private static boolean askOver(String query, String mediaType, Lang lang) {
		HttpResponse<byte[]> response = server.sendForBytes(server.queryGet("/sparql", query, mediaType));
		assertThat(response.statusCode()).isEqualTo(200);
		return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), lang);
	}

	private static HttpRequest.Builder request(String style, String query, String accept) {
		return switch (style) {
			case "GET" -> server.queryGet("/sparql", query, accept);
			case "POST form" -> server.formPost("/sparql", "query", query, accept);
			case "POST direct" -> server.directPost("/sparql", "application/sparql-query", query, accept);
			default -> throw new IllegalArgumentException(style);
		};
	}

	/**
	 * The rows of {@link #ROWS}, computed on the store, written as each format can carry
	 * them.
	 */
	private static List<String> expectedRows(Lang lang) {
		return Txn.calculateRead(server.dataset(), () -> {
			RowSet rows = QueryExec.dataset(server.dataset()).query(ROWS).select();
			List<String> out = new ArrayList<>();
			List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
			rows.forEachRemaining((binding) -> out.add(row(vars, binding, lang)));
			return out;
		});
	}

	private static String row(List<String> vars, Binding binding, Lang lang) {
		StringBuilder line = new StringBuilder();
		for (String var : vars) {
			line.append(term(binding.get(var), lang)).append(" | ");
		}
		return line.toString();
	}

	/**
	 * CSV carries only the lexical form of a term; the other formats carry the whole
	 * term.
	 */
	private static String term(Node node, Lang lang) {
		if (lang.equals(ResultSetLang.RS_CSV)) {
			return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
		}
		return node.toString();
	}

}
