package org.w3id.agora.linkeddata;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.agora.support.Rdf;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of dereferencing, over the real server and store: 303s chosen by
 * {@code Accept}, each format equal (by graph isomorphism, parsed back with RDF4J Rio) to
 * the description computed independently with SPARQL, validators and 304s, 404s and 406s,
 * CORS, paging of incoming links, the ontology at {@code /ns}.
 */
class LinkedDataTests {

	private static final String BASE = TestServer.BASE;

	private static final String FIXTURE = BASE + "id/initiative/ld-fixture";

	@TempDir
	static Path store;

	static TestServer server;

	@BeforeAll
	static void start() throws Exception {
		server = TestServer.start(store);
		DatasetGraph dataset = server.dataset();
		Txn.executeWrite(dataset,
				() -> RDFParser.source(LinkedDataTests.class.getResourceAsStream("/linkeddata/fixture.trig"))
					.lang(Lang.TRIG)
					.parse(dataset));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	private static HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return server.sendForBytes(request);
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

	@ParameterizedTest(name = "GET-id-accept[{0}]-303-to-{1}")
	@CsvSource(delimiter = '|', textBlock = """
			text/turtle                                                         | ttl
			application/ld+json                                                 | jsonld
			application/rdf+xml                                                 | rdf
			application/n-triples                                               | nt
			text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8     | html
			*/*                                                                 | ttl
			text/turtle;q=0.5, application/ld+json                              | jsonld
			application/rdf+xml;q=0.9, text/html;q=0.8                          | rdf
			text/*;q=0.3, application/n-triples;q=0.2                           | ttl
			application/*                                                       | jsonld
			application/trig                                                    | trig
			""")
	@DisplayName("GET-id-accept-303")
	void get_id_seesOtherDocumentChosenByAccept(String accept, String extension) {
		HttpResponse<byte[]> response = get("/id/initiative/ld-fixture", "Accept", accept);
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(header(response, "Location")).isEqualTo("/doc/initiative/ld-fixture." + extension);
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept"));
	}

	@Test
	@DisplayName("GET-id-no-accept-303-turtle")
	void get_id_withoutAccept_seesOtherTurtle() {
		HttpResponse<byte[]> response = get("/id/initiative/ld-fixture");
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(header(response, "Location")).isEqualTo("/doc/initiative/ld-fixture.ttl");
	}

	@Test
	@DisplayName("GET-id-unknown-accept-406")
	void get_id_unknownAccept_returns406ListingOffers() {
		HttpResponse<byte[]> response = get("/id/initiative/ld-fixture", "Accept", "image/png");
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("text/turtle")
			.contains("application/ld+json")
			.contains("text/html");
	}

	@ParameterizedTest(name = "GET-doc-{0}-equals-description")
	@ValueSource(strings = { "ttl", "jsonld", "rdf", "nt" })
	@DisplayName("GET-doc-format-equals-description")
	void get_doc_eachTripleFormat_isIsomorphicToTheDescription(String extension) {
		HttpResponse<byte[]> response = get("/doc/initiative/ld-fixture." + extension);
		assertThat(response.statusCode()).isEqualTo(200);
		String type = header(response, "Content-Type");
		Model actual = parse(response.body(), type);
		assertThat(Models.isomorphic(withoutGraphs(expectedDescription()), actual))
			.as("%s answer equals the description", extension)
			.isTrue();
		assertThat(response.headers().allValues("Link")).anySatisfy((link) -> assertThat(link)
			.contains("<https://creativecommons.org/licenses/by-sa/4.0/>; rel=\"license\""));
		assertThat(response.headers().allValues("Link"))
			.anySatisfy((link) -> assertThat(link).contains("rel=\"alternate\"").contains("type=\"text/html\""));
	}

	@ParameterizedTest(name = "GET-doc-{0}-keeps-graphs")
	@ValueSource(strings = { "trig", "nq" })
	@DisplayName("GET-doc-quads-keep-graphs")
	void get_doc_quadFormats_keepTheGraphOfEachStatement(String extension) {
		HttpResponse<byte[]> response = get("/doc/initiative/ld-fixture." + extension);
		assertThat(response.statusCode()).isEqualTo(200);
		Model actual = Rdf.parseWithRio(response.body(), mediaType(header(response, "Content-Type")), BASE);
		assertThat(actual.contexts()).extracting(Object::toString)
			.contains(BASE + "graph/curated", BASE + "graph/source/test-partner");
		assertThat(Models.isomorphic(expectedDescription(), actual)).isTrue();
	}

	@Test
	@DisplayName("GET-doc-jsonld-expands-to-turtle-graph")
	void get_doc_jsonLd_usesThePublishedContextAndExpandsToTheSameGraph() throws Exception {
		HttpResponse<byte[]> jsonld = get("/doc/initiative/ld-fixture.jsonld");
		String body = new String(jsonld.body(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"@context\": \"https://w3id.org/agora/ns/context.jsonld\"");
		HttpResponse<byte[]> turtle = get("/doc/initiative/ld-fixture.ttl");
		Model fromTurtle = parse(turtle.body(), header(turtle, "Content-Type"));
		Model fromJsonLd = parse(jsonld.body(), header(jsonld, "Content-Type"));
		assertThat(Models.isomorphic(fromTurtle, fromJsonLd)).isTrue();
	}

	@Test
	@DisplayName("GET-context-served")
	void get_context_servesTheContextJsonLdClientsFetch() {
		HttpResponse<byte[]> response = get("/ns/context.jsonld");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).startsWith("application/ld+json");
		assertThat(new String(response.body(), StandardCharsets.UTF_8))
			.contains("\"agora\": \"https://w3id.org/agora/ns#\"");
	}

	@Test
	@DisplayName("GET-doc-etag-304")
	void get_doc_withMatchingValidators_returns304_andNewValidatorsAfterAWrite() {
		HttpResponse<byte[]> first = get("/doc/initiative/ld-fixture.ttl");
		String etag = header(first, "ETag");
		String lastModified = header(first, "Last-Modified");
		assertThat(etag).isNotBlank();
		assertThat(lastModified).isNotBlank();
		assertThat(get("/doc/initiative/ld-fixture.ttl", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(get("/doc/initiative/ld-fixture.ttl", "If-Modified-Since", lastModified).statusCode())
			.isEqualTo(304);
		assertThat(header(get("/doc/initiative/ld-fixture.jsonld"), "ETag")).isNotEqualTo(etag);

		DatasetGraph dataset = server.dataset();
		Txn.executeWrite(dataset,
				() -> dataset.add(Quad.create(org.apache.jena.graph.NodeFactory.createURI(BASE + "graph/curated"),
						org.apache.jena.graph.NodeFactory.createURI(BASE + "id/initiative/ld-other"),
						org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
						org.apache.jena.graph.NodeFactory.createLiteralLang("Autre", "fr"))));
		HttpResponse<byte[]> after = get("/doc/initiative/ld-fixture.ttl", "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(header(after, "ETag")).isNotEqualTo(etag);
	}

	@Test
	@DisplayName("HEAD-doc-200-no-body")
	void head_doc_answersHeadersWithoutBody() {
		HttpResponse<byte[]> response = server
			.sendForBytes(HttpRequest.newBuilder(server.uri("/doc/initiative/ld-fixture.ttl"))
				.method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).startsWith("text/turtle");
		assertThat(header(response, "ETag")).isNotBlank();
		assertThat(response.body()).isEmpty();
	}

	@ParameterizedTest(name = "GET-unknown-{0}-404")
	@CsvSource({ "text/turtle,text/turtle", "application/ld+json,application/ld+json", "text/html,text/html" })
	@DisplayName("GET-unknown-404-negotiated")
	void get_unknownIri_returns404InTheNegotiatedFormat(String accept, String expectedType) {
		HttpResponse<byte[]> id = get("/id/initiative/nobody-knows", "Accept", accept);
		assertThat(id.statusCode()).isEqualTo(404);
		assertThat(header(id, "Content-Type")).startsWith(expectedType);
		HttpResponse<byte[]> doc = get("/doc/initiative/nobody-knows", "Accept", accept);
		assertThat(doc.statusCode()).isEqualTo(404);
		if (!expectedType.equals("text/html")) {
			Model explanation = parse(doc.body(), header(doc, "Content-Type"));
			assertThat(explanation.subjects()).extracting(Object::toString)
				.anySatisfy((subject) -> assertThat(subject).endsWith("/doc/initiative/nobody-knows"));
		}
		else {
			assertThat(new String(doc.body(), StandardCharsets.UTF_8)).contains("Ressource introuvable");
		}
	}

	@Test
	@DisplayName("GET-doc-unknown-extension-404")
	void get_doc_unknownExtension_returns404() {
		assertThat(get("/doc/initiative/ld-fixture.exe").statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("GET-doc-no-extension-content-location")
	void get_doc_withoutExtension_negotiatesAndSaysWhere() {
		HttpResponse<byte[]> response = get("/doc/initiative/ld-fixture", "Accept", "application/n-triples");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Content-Location")).isEqualTo("/doc/initiative/ld-fixture.nt");
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept"));
	}

	@Test
	@DisplayName("GET-doc-cors-any-origin")
	void get_doc_fromAnotherOrigin_isAllowed() {
		HttpResponse<byte[]> response = get("/doc/initiative/ld-fixture.jsonld", "Origin", "https://semapps.example");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(header(response, "Access-Control-Expose-Headers")).contains("Link").contains("ETag");
		HttpResponse<byte[]> preflight = server
			.sendForBytes(HttpRequest.newBuilder(server.uri("/id/initiative/ld-fixture"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://semapps.example")
				.header("Access-Control-Request-Method", "GET"));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("GET");
	}

	@Test
	@DisplayName("GET-hub-pages-incoming-links")
	void get_hub_pagesItsIncomingLinks() {
		HttpResponse<byte[]> first = get("/doc/boundary/ld-hub.nt");
		assertThat(first.statusCode()).isEqualTo(200);
		Model page1 = parse(first.body(), header(first, "Content-Type"));
		// 251 links point at the hub: 250 test initiatives and the fixture.
		assertThat(incomingCount(page1)).isEqualTo(100);
		assertThat(first.headers().allValues("Link"))
			.anySatisfy((link) -> assertThat(link).isEqualTo("</doc/boundary/ld-hub.nt?page=2>; rel=\"next\""));
		HttpResponse<byte[]> last = get("/doc/boundary/ld-hub.nt?page=3");
		Model page3 = parse(last.body(), header(last, "Content-Type"));
		assertThat(incomingCount(page3)).isEqualTo(51);
		assertThat(last.headers().allValues("Link")).noneSatisfy((link) -> assertThat(link).contains("rel=\"next\""));
		Model page2 = parse(get("/doc/boundary/ld-hub.nt?page=2").body(), "application/n-triples");
		Model all = new LinkedHashModel();
		all.addAll(page1);
		all.addAll(page2);
		all.addAll(page3);
		assertThat(incomingCount(all)).as("pages do not overlap").isEqualTo(251);
		assertThat(get("/doc/boundary/ld-hub.nt?page=zero").statusCode()).isEqualTo(400);
	}

	@Test
	@DisplayName("GET-ns-303-and-formats")
	void get_ns_servesTheOntologyWithTheSameNegotiation() {
		HttpResponse<byte[]> see = get("/ns", "Accept", "application/rdf+xml");
		assertThat(see.statusCode()).isEqualTo(303);
		assertThat(header(see, "Location")).isEqualTo("/ns.rdf");
		HttpResponse<byte[]> turtle = get("/ns.ttl");
		assertThat(turtle.statusCode()).isEqualTo(200);
		Model ontology = parse(turtle.body(), header(turtle, "Content-Type"));
		Model expected = withoutGraphs(
				select("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(?g = <" + BASE + "graph/ontology>) }"));
		assertThat(Models.isomorphic(expected, ontology)).isTrue();
		HttpResponse<byte[]> html = get("/ns", "Accept", "text/html");
		assertThat(header(html, "Location")).isEqualTo("/ns.html");
		String page = new String(get("/ns.html").body(), StandardCharsets.UTF_8);
		assertThat(page).contains("<html lang=\"fr\"").contains("id=\"Initiative\"").contains("Classes");
	}

	@Test
	@DisplayName("GET-doc-html-fr-en")
	void get_doc_html_showsLabelsAndLinksInFrenchOrEnglish() {
		HttpResponse<byte[]> french = get("/doc/initiative/ld-fixture.html");
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(header(french, "Content-Type")).startsWith("text/html");
		String fr = new String(french.body(), StandardCharsets.UTF_8);
		assertThat(fr).contains("<html lang=\"fr\"")
			.contains("<h1>Café réparation du fixture</h1>")
			.contains("Un café où l&#39;on répare ensemble.")
			.contains("href=\"/doc/place/ld-fixture-place.html\"")
			.contains("Chambéry")
			.contains("href=\"/doc/boundary/ld-hub.html\"")
			.contains("Limite du fixture")
			.contains("Association du fixture")
			.contains("<script type=\"application/ld+json\">")
			.contains("openstreetmap.org")
			.contains("CC BY-SA 4.0");
		String en = new String(get("/doc/initiative/ld-fixture.html", "Accept-Language", "en-GB,en;q=0.9").body(),
				StandardCharsets.UTF_8);
		assertThat(en).contains("<html lang=\"en\"")
			.contains("<h1>Fixture repair café</h1>")
			.contains("Fixture boundary")
			.contains("href=\"/doc/boundary/ld-hub.html?lang=en\"");
		String switched = new String(get("/doc/initiative/ld-fixture.html?lang=en").body(), StandardCharsets.UTF_8);
		assertThat(switched).contains("<h1>Fixture repair café</h1>");
	}

	@Test
	@DisplayName("GET-home-fr-en")
	void get_home_saysWhatAgoraIsInFrenchThenEnglish() {
		String fr = new String(get("/").body(), StandardCharsets.UTF_8);
		assertThat(fr).contains("<html lang=\"fr\"").contains("<h1>Agora des solutions citoyennes</h1>");
		String en = new String(get("/?lang=en").body(), StandardCharsets.UTF_8);
		assertThat(en).contains("<html lang=\"en\"").contains("<h1>Agora of citizen solutions</h1>");
		String notFound = new String(get("/doc/initiative/nobody-knows.html").body(), StandardCharsets.UTF_8);
		assertThat(notFound)
			.contains("Aucune ressource n&#39;est connue à l&#39;adresse /doc/initiative/nobody-knows.html.");
	}

	@Test
	@DisplayName("GET-id-maps-to-deployment-base")
	void get_id_mapsRequestPathsToIrisUnderTheConfiguredBase(@TempDir Path otherStore) {
		try (TestServer deployed = TestServer.start(otherStore, "agora.base-uri=https://agora.example.org/")) {
			DatasetGraph dataset = deployed.dataset();
			org.apache.jena.graph.Node iri = org.apache.jena.graph.NodeFactory
				.createURI("https://agora.example.org/id/initiative/elsewhere");
			Txn.executeWrite(dataset,
					() -> dataset.add(
							org.apache.jena.graph.NodeFactory.createURI("https://agora.example.org/graph/curated"), iri,
							org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
							org.apache.jena.graph.NodeFactory.createLiteralLang("Ailleurs", "fr")));
			HttpResponse<byte[]> see = deployed.sendForBytes(
					HttpRequest.newBuilder(deployed.uri("/id/initiative/elsewhere")).header("Accept", "text/turtle"));
			assertThat(see.statusCode()).isEqualTo(303);
			HttpResponse<byte[]> doc = deployed
				.sendForBytes(HttpRequest.newBuilder(deployed.uri("/doc/initiative/elsewhere.nt")));
			assertThat(new String(doc.body(), StandardCharsets.UTF_8))
				.contains("<https://agora.example.org/id/initiative/elsewhere>");
		}
	}

	@Test
	@DisplayName("GET-bundled-initiative-html-observations")
	void get_bundledInitiative_html_showsItsObservationsWithUnitsAndPeriods() {
		HttpResponse<byte[]> see = get("/id/initiative/partons-du-bon-pied", "Accept", "text/html");
		assertThat(header(see, "Location")).isEqualTo("/doc/initiative/partons-du-bon-pied.html");
		String page = new String(get("/doc/initiative/partons-du-bon-pied.html").body(), StandardCharsets.UTF_8);
		assertThat(page).contains("<h1>Partons du bon pied</h1>")
			.contains("<table class=\"observations\">")
			.contains(">143</a>")
			.contains(">654</a>")
			.contains(">23</a>")
			.contains("en 2017, en 12 jours")
			.contains("<td>t</td>")
			.contains("href=\"/doc/boundary/ocean-acidification.html\"");
		String english = new String(get("/doc/initiative/partons-du-bon-pied.html?lang=en").body(),
				StandardCharsets.UTF_8);
		assertThat(english).contains("in 2017, in 12 days").contains("Measured indicators");
	}

	@Test
	@DisplayName("GET-concept-lists-incoming")
	void get_boundaryConcept_isServedFromTheVocabularyBaseAndListsWhatLinksToIt() {
		HttpResponse<byte[]> see = get("/id/boundary/ocean-acidification", "Accept", "text/turtle");
		assertThat(see.statusCode()).isEqualTo(303);
		HttpResponse<byte[]> doc = get("/doc/boundary/ocean-acidification.nt");
		Model description = parse(doc.body(), header(doc, "Content-Type"));
		assertThat(description.filter(
				org.eclipse.rdf4j.model.util.Values.iri(BASE + "id/initiative/partons-du-bon-pied"),
				org.eclipse.rdf4j.model.util.Values.iri("https://w3id.org/agora/ns#actsOnBoundary"),
				org.eclipse.rdf4j.model.util.Values.iri("https://w3id.org/agora/id/boundary/ocean-acidification")))
			.hasSize(1);
		String page = new String(get("/doc/boundary/ocean-acidification.html").body(), StandardCharsets.UTF_8);
		assertThat(page).contains("Ce qui renvoie ici").contains("Partons du bon pied");
	}

	@ParameterizedTest(name = "GET-person-without-consent-{0}-hides-contact-data")
	@ValueSource(strings = { "ttl", "jsonld", "rdf", "nt", "trig", "nq", "html" })
	@DisplayName("GET-person-without-consent-hides-contact-data")
	void get_personWithoutConsent_neverShowsTheirContactData(String extension) {
		HttpResponse<byte[]> response = get("/doc/person/ld-private." + extension);
		assertThat(response.statusCode()).isEqualTo(200);
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).contains("Personne privée du fixture")
			.doesNotContain("prive@example.org")
			.doesNotContain("00 00 00 00")
			.doesNotContain("Secrète");
	}

	@ParameterizedTest(name = "SPARQL-person-without-consent-hides-contact-data[{0}]")
	@ValueSource(strings = { "SELECT ?v { ?p ?x ?v } ", "SELECT ?v { GRAPH ?g { ?p ?x ?v } } ",
			"CONSTRUCT { ?p ?x ?v } WHERE { ?p ?x ?v } ", "DESCRIBE ?p WHERE { ?p ?x ?v } " })
	@DisplayName("SPARQL-person-without-consent-hides-contact-data")
	void sparql_personWithoutConsent_neverAnswersTheirContactData(String form) {
		String query = form.replace("?p ", "<" + BASE + "id/person/ld-private> ");
		HttpResponse<String> response = server.send(server.queryGet("/sparql", query, null));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Personne privée du fixture")
			.doesNotContain("prive@example.org")
			.doesNotContain("00 00 00 00")
			.doesNotContain("Secrète");
	}

	private static long incomingCount(Model model) {
		return model
			.filter(null, org.eclipse.rdf4j.model.util.Values.iri("https://w3id.org/agora/ns#actsOn"),
					org.eclipse.rdf4j.model.util.Values.iri(BASE + "id/boundary/ld-hub"))
			.size();
	}

	/**
	 * The description, computed with one SPARQL query independent of the server's code:
	 * own statements, the blank nodes reached, incoming links, labels of linked
	 * resources.
	 */
	private static Model expectedDescription() {
		String r = "<" + FIXTURE + ">";
		return select("""
				PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
				PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
				SELECT ?g ?s ?p ?o {
				  { GRAPH ?g { %1$s ?p ?o } BIND(%1$s AS ?s) }
				  UNION { GRAPH ?g { %1$s (<urn:x:p>|!<urn:x:p>)+ ?s . FILTER(isBlank(?s)) ?s ?p ?o } }
				  UNION { GRAPH ?g { ?s ?p %1$s } FILTER(?s != %1$s) BIND(%1$s AS ?o) }
				  UNION { { GRAPH ?g1 { %1$s ?p1 ?s } } UNION { GRAPH ?g2 { ?s ?p2 %1$s } }
				          FILTER(isIRI(?s) && ?s != %1$s)
				          GRAPH ?g { ?s ?p ?o } FILTER(?p IN (skos:prefLabel, rdfs:label, <http://schema.org/name>,
				                 <http://purl.org/dc/terms/title>, <http://xmlns.com/foaf/0.1/name>)) }
				}""".formatted(r));
	}

	private static Model select(String query) {
		DatasetGraph dataset = server.dataset();
		DatasetGraph result = DatasetGraphFactory.createGeneral();
		Txn.executeRead(dataset, () -> {
			try (var execution = QueryExecutionFactory.create(query,
					org.apache.jena.query.DatasetFactory.wrap(dataset))) {
				ResultSet rows = execution.execSelect();
				while (rows.hasNext()) {
					QuerySolution row = rows.next();
					result.add(row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(),
							row.get("o").asNode());
				}
			}
		});
		StringBuilder nquads = new StringBuilder();
		java.io.StringWriter out = new java.io.StringWriter();
		org.apache.jena.riot.RDFDataMgr.write(out, result, Lang.NQUADS);
		nquads.append(out);
		try {
			return Rio.parse(new StringReader(nquads.toString()), "", RDFFormat.NQUADS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Model withoutGraphs(Model quads) {
		Model triples = new LinkedHashModel();
		quads.forEach((st) -> triples.add(st.getSubject(), st.getPredicate(), st.getObject()));
		return triples;
	}

	private static String mediaType(String contentType) {
		return contentType.split(";")[0].trim();
	}

	/**
	 * Parses with Rio; JSON-LD through jsonld-java, with our context served from this
	 * server in place of its published URL.
	 */
	private static Model parse(byte[] body, String contentType) {
		String type = mediaType(contentType);
		if (!type.equals("application/ld+json")) {
			return withoutGraphs(Rdf.parseWithRio(body, type, BASE));
		}
		try {
			byte[] context = get("/ns/context.jsonld").body();
			no.hasmac.jsonld.loader.DocumentLoader loader = (url, options) -> {
				if (!url.toString().equals("https://w3id.org/agora/ns/context.jsonld")) {
					throw new AssertionError("JSON-LD refers to a context other than Agora's: " + url);
				}
				return no.hasmac.jsonld.document.JsonDocument.of(new java.io.ByteArrayInputStream(context));
			};
			ParserConfig config = new ParserConfig();
			config.set(JSONLDSettings.DOCUMENT_LOADER, loader);
			return Rio.parse(new java.io.ByteArrayInputStream(body), BASE, RDFFormat.JSONLD, config);
		}
		catch (Exception ex) {
			throw new AssertionError("JSON-LD did not parse: " + ex.getMessage(), ex);
		}
	}

}
