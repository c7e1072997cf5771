package org.w3id.agora.contributions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.StoreProbe;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against the public endpoints and the write path, on the real server.
 * Every case asserts the status, a message naming the problem, and that the store is
 * unchanged (quad count and SHA-256 of its content before = after).
 */
class HostileInputTests {

	static final String BASE = TestServer.BASE;

	static final String ALLOWED_PARTNER = "http://partner.example.org/sparql";

	static final String CURATED = BASE + "graph/curated";

	@TempDir
	static Path dir;

	static WriteFixture fixture;

	StoreProbe before;

	@BeforeAll
	static void start() {
		fixture = new WriteFixture(dir, "agora.writes.max-body-size=2MB", "agora.writes.time-limit=5s",
				"agora.sparql.query-timeout=2s", "agora.sparql.max-result-rows=1000",
				"agora.sparql.max-concurrent-queries=4", "agora.sparql.queue-wait=20ms",
				"agora.sparql.service-allow-list=" + ALLOWED_PARTNER);
		// Enough data for query bombs to bite: 3,000 triples in a graph of their own,
		// and one conforming initiative to edit.
		DatasetGraph store = fixture.server.dataset();
		Node bulk = NodeFactory.createURI(BASE + "graph/source/bulk");
		Txn.executeWrite(store, () -> {
			for (int i = 0; i < 3000; i++) {
				store.add(bulk, NodeFactory.createURI("urn:bulk:" + (i % 300)),
						NodeFactory.createURI("urn:p:" + (i % 10)),
						NodeFactory.createURI("urn:bulk:" + ((i * 7) % 300)));
			}
		});
		HttpResponse<String> seeded = fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("kept"), fixture.curator));
		assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(201);
	}

	@AfterAll
	static void stop() {
		fixture.close();
	}

	@BeforeEach
	void probe() {
		this.before = StoreProbe.of(fixture.server.dataset());
	}

	@AfterEach
	void storeUnchanged() {
		assertThat(StoreProbe.of(fixture.server.dataset())).as("the store is unchanged").isEqualTo(this.before);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		return fixture.server.send(request);
	}

	private static void assertRefused(HttpResponse<String> response, int status, String... fragments) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		for (String fragment : fragments) {
			assertThat(response.body()).as("message").containsIgnoringCase(fragment);
		}
	}

	private static HttpResponse<String> contribute(String contentType, String body) {
		return send(fixture.post("/contributions", contentType, body, fixture.curator));
	}

	private static HttpResponse<String> update(String update, String token) {
		return send(fixture.post("/update", "application/sparql-update", update, token));
	}

	private static HttpResponse<String> query(String query) {
		return send(fixture.server.queryGet("/sparql", query, "application/sparql-results+json"));
	}

	private static String initiatives(int count, int withoutLabel) {
		StringBuilder turtle = new StringBuilder(WriteFixture.PREFIXES);
		for (int i = 0; i < count; i++) {
			turtle.append("<id/initiative/bulk-")
				.append(i)
				.append("> a agora:Initiative ; <http://purl.org/dc/terms/description> \"D\"@fr");
			if (i != withoutLabel) {
				turtle.append(" ; rdfs:label \"Initiative ").append(i).append("\"@fr");
			}
			turtle.append(" .\n");
		}
		return turtle.toString();
	}

	// --- the write path: bodies ---

	@Test
	void post_malformedTurtleAtTheLastByteOfALargeBody_returns400NamingTheLine() {
		String body = initiatives(8000, -1);
		// The final " .\n" becomes " <": an IRI opened at the last byte and never closed.
		String broken = body.substring(0, body.length() - 2) + "<";
		assertThat(broken.length()).isGreaterThan(500_000);

		assertRefused(contribute("text/turtle", broken), 400, "does not parse", "line");
	}

	@Test
	void post_oneViolatingNodeAmongAThousand_returns422NamingOnlyThatNode() {
		HttpResponse<String> response = send(
				fixture.post("/contributions", "text/turtle", initiatives(1000, 617), fixture.curator)
					.header("Accept-Language", "en"));

		assertRefused(response, 422, "\"violations\":1", BASE + "id/initiative/bulk-617", "An initiative has a name");
		assertThat(response.body()).doesNotContain("bulk-616>");
	}

	@Test
	void post_oversizedBody_returns413() {
		String body = WriteFixture.PREFIXES + "#" + "x".repeat(3 * 1024 * 1024) + "\n";

		assertRefused(contribute("text/turtle", body), 413, "too large", "2097152");
	}

	@Test
	void post_wrongContentType_returns415ListingTheAcceptedOnes() {
		assertRefused(contribute("text/plain", WriteFixture.initiative("ct")), 415, "text/plain", "text/turtle",
				"application/ld+json");
	}

	@Test
	void post_namedGraphInJsonLd_returns400() {
		String jsonld = """
				{ "@id": "%1$sgraph/other", "@graph": [ { "@id": "%1$sid/thing/x", "http://example.org/p": "v" } ] }"""
			.formatted(BASE);
		assertRefused(contribute("application/ld+json", jsonld), 400, "named graph");
	}

	@Test
	void post_jsonLdWithRemoteContext_returns400AndFetchesNothing() throws IOException {
		try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String jsonld = """
					{ "@context": "http://127.0.0.1:%d/context.jsonld", "@id": "id/initiative/ctx", "name": "x" }"""
				.formatted(trap.getLocalPort());

			assertRefused(contribute("application/ld+json", jsonld), 400, "context",
					"127.0.0.1:" + trap.getLocalPort());
			assertNoConnection(trap);
		}
	}

	@Test
	void post_rdfXmlWithExternalEntity_returns400() {
		String rdfxml = """
				<?xml version="1.0"?>
				<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
				         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
				  <rdf:Description rdf:about="id/initiative/xxe"><rdfs:label>&secret;</rdfs:label></rdf:Description>
				</rdf:RDF>""";
		assertRefused(contribute("application/rdf+xml", rdfxml), 400, "DOCTYPE");
	}

	@Test
	void post_billionLaughs_returns400() {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"");
			entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		String rdfxml = "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [" + entities + "]>"
				+ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
				+ "xmlns:rdfs=\"http://www.w3.org/2000/01/rdf-schema#\"><rdf:Description rdf:about=\"urn:x\">"
				+ "<rdfs:label>&lol9;</rdfs:label></rdf:Description></rdf:RDF>";
		assertRefused(contribute("application/rdf+xml", rdfxml), 400, "ENTITY");
	}

	@Test
	void post_illFormedIri_returns400() {
		assertRefused(contribute("text/turtle", "<id/initiative/a b> a <https://w3id.org/agora/ns#Initiative> ."), 400,
				"does not parse");
	}

	@Test
	void post_badUtf8_returns400() {
		byte[] body = (WriteFixture.PREFIXES + "<id/initiative/utf> rdfs:label \"caf\u00e9\"@fr .")
			.getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> response = send(
				fixture.send("POST", "/contributions", "text/turtle", null, fixture.curator)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertRefused(response, 400, "UTF-8");
	}

	@Test
	void post_hugeLiteral_returns400() {
		String body = WriteFixture.PREFIXES + "<id/initiative/huge> a agora:Initiative ; rdfs:label \""
				+ "a".repeat(100_000) + "\"@fr .";
		assertRefused(contribute("text/turtle", body), 400, "literal of 100000 characters");
	}

	@Test
	void post_deeplyNestedTurtle_returns400() {
		int depth = 100_000;
		String body = "<id/thing/x> <p> " + "[<p> ".repeat(depth) + "<y>" + "]".repeat(depth) + " .";
		assertRefused(contribute("text/turtle", body), 400, "nest");
	}

	@Test
	void post_deeplyNestedJsonLd_returns400() {
		int depth = 30_000;
		String body = "{\"http://example.org/p\":".repeat(depth) + "\"v\"" + "}".repeat(depth);
		HttpResponse<String> response = contribute("application/ld+json", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).containsAnyOf("nest", "does not parse");
	}

	@Test
	void post_existingResource_returns409() {
		assertRefused(contribute("text/turtle", WriteFixture.initiative("kept")), 409, "already exists", "/kept>",
				"PUT");
	}

	@Test
	void post_subjectOutsideTheBase_returns400() {
		assertRefused(contribute("text/turtle", "<http://elsewhere.example/x> <http://example.org/p> \"v\" ."), 400,
				"not an Agora resource");
	}

	// --- authentication ---

	@Test
	void post_withoutToken_returns401WithChallenge() {
		HttpResponse<String> response = send(
				fixture.post("/contributions", "text/turtle", WriteFixture.initiative("anon"), null));
		assertRefused(response, 401, "Authentication required");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Agora\"");
	}

	@Test
	void post_malformedToken_returns401InvalidToken() {
		HttpResponse<String> response = send(
				fixture.post("/contributions", "text/turtle", WriteFixture.initiative("m"), "not-a-token"));
		assertRefused(response, 401, "Invalid token");
		assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("error=\"invalid_token\"");
	}

	@Test
	void update_wrongSecret_returns401InvalidToken() {
		String forged = fixture.curator.substring(0, fixture.curator.lastIndexOf('.') + 1) + "forged";
		HttpResponse<String> response = update("CLEAR ALL", forged);
		assertRefused(response, 401, "unknown, revoked or wrong");
		assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
	}

	@Test
	void update_revokedToken_returns401() {
		assertRefused(update("CLEAR ALL", fixture.revoked), 401, "Invalid token");
	}

	@Test
	void update_contributorToken_returns403() {
		assertRefused(update("CLEAR ALL", fixture.contributor), 403, "curator", "contributor");
	}

	@Test
	void put_contributorToken_returns403() {
		assertRefused(send(fixture.send("PUT", "/id/initiative/kept", "text/turtle", WriteFixture.initiative("kept"),
				fixture.contributor)), 403, "curator");
	}

	@Test
	void gspPut_withoutToken_returns401() {
		assertRefused(
				send(fixture.send("PUT", "/data?graph=" + CURATED, "text/turtle", "<urn:a> <urn:b> <urn:c> .", null)),
				401, "Authentication required");
	}

	// --- SPARQL Update and Graph Store Protocol, guarded ---

	@Test
	void update_leavingAViolation_returns422AndAborts() {
		String update = "INSERT DATA { GRAPH <" + CURATED + "> { <" + BASE
				+ "id/initiative/nameless> a <https://w3id.org/agora/ns#Initiative> } }";
		assertRefused(update(update, fixture.curator), 422, BASE + "id/initiative/nameless", "rdfs:label");
	}

	@Test
	void update_deletingARequiredProperty_returns422() {
		String update = "DELETE WHERE { GRAPH <" + CURATED + "> { <" + BASE
				+ "id/initiative/kept> <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
		assertRefused(update(update, fixture.curator), 422, BASE + "id/initiative/kept", "Une initiative a un nom");
	}

	@Test
	void update_removingTheOrganisationAnInitiativeNeeds_returns422() {
		String update = "DELETE WHERE { GRAPH <" + CURATED + "> { <" + BASE + "id/organisation/kept> ?p ?o } }";
		assertRefused(update(update, fixture.curator), 422, BASE + "id/initiative/kept", "organisation");
	}

	@Test
	void gspPut_replacingAGraphWithInvalidData_returns422() {
		String invalid = "<" + BASE + "id/initiative/gsp> a <https://w3id.org/agora/ns#Initiative> .";
		assertRefused(send(fixture.send("PUT", "/data?graph=" + CURATED, "text/turtle", invalid, fixture.curator)), 422,
				BASE + "id/initiative/gsp");
	}

	@Test
	void update_load_returns400() {
		assertRefused(update("LOAD <file:///etc/passwd> INTO GRAPH <" + CURATED + ">", fixture.curator), 400, "LOAD",
				"refused");
	}

	@Test
	void update_intoTheDefaultGraph_returns400() {
		assertRefused(update("INSERT DATA { <urn:a> <urn:b> <urn:c> }", fixture.curator), 400, "default graph");
	}

	@Test
	void update_intoTheProvenanceGraph_returns400() {
		assertRefused(update("INSERT DATA { GRAPH <" + BASE + "graph/provenance> { <urn:a> <urn:b> <urn:c> } }",
				fixture.curator), 400, "provenance");
	}

	@Test
	void update_runningPastItsTimeLimit_returns503() {
		String update = "INSERT { GRAPH <" + CURATED + "> { <urn:a> <urn:b> ?n } } WHERE { "
				+ "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }";
		assertRefused(update(update, fixture.curator), 503, "longer than");
	}

	@Test
	void patch_touchingAnotherResource_returns400() {
		String update = "INSERT DATA { <" + BASE + "id/initiative/other> <urn:p> \"v\" }";
		assertRefused(send(
				fixture.send("PATCH", "/id/initiative/kept", "application/sparql-update", update, fixture.curator)),
				400, "may change that resource only");
	}

	// --- the public query endpoint ---

	@Test
	void query_serviceToAnotherLocalPort_returns400AndConnectsNowhere() throws IOException {
		try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String target = "http://127.0.0.1:" + trap.getLocalPort() + "/sparql";
			assertRefused(query("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }"), 400, "SERVICE <" + target,
					"refused");
			assertNoConnection(trap);
		}
	}

	@Test
	void query_serviceToAHostNotAllowed_returns400NamingTheAllowedOnes() {
		assertRefused(query("SELECT * { SERVICE <http://evil.example.com/sparql> { ?s ?p ?o } }"), 400,
				"evil.example.com", ALLOWED_PARTNER);
	}

	@Test
	void query_serviceWithAVariableEndpoint_returns400() {
		assertRefused(query("SELECT * { VALUES ?e { <http://evil.example.com/> } SERVICE ?e { ?s ?p ?o } }"), 400,
				"refused");
	}

	@Test
	void query_scriptFunction_returns400() {
		assertRefused(query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:f(1) AS ?x) {}"), 400,
				"js:");
	}

	@Test
	void query_crossProductBomb_returns400NamingTheResultCap() {
		assertRefused(query("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), 400, "more than 1000 rows");
	}

	@Test
	void query_crossProductBombThatMustBeComputedWhole_returns503() {
		assertRefused(query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), 503, "2 s");
	}

	@Test
	void query_propertyPathBomb_returns503() {
		assertRefused(query("SELECT (COUNT(*) AS ?n) { ?a (<urn:p:1>|<urn:p:2>|<urn:p:3>)* ?b . "
				+ "?c (<urn:p:4>|<urn:p:5>|!<urn:none>)* ?d . ?e (!<urn:none>)+ ?f }"), 503, "ran longer");
	}

	@Test
	void query_oversizedBody_returns413() {
		String query = "SELECT * { ?s ?p ?o } # " + "x".repeat(1_100_000);
		assertRefused(send(fixture.server.directPost("/sparql", "application/sparql-query", query,
				"application/sparql-results+json")), 413, "larger than");
	}

	@Test
	void query_deeplyNested_returns400() {
		int depth = 50_000;
		String query = "SELECT * { " + "{ ".repeat(depth) + "?s ?p ?o" + " }".repeat(depth) + " }";
		HttpResponse<String> response = send(
				fixture.server.formPost("/sparql", "query", query, "application/sparql-results+json"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
	}

	@Test
	void query_beyondTheConcurrencyLimit_returns503WithRetryAfter() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Future<?>[] slow = new Future<?>[4];
			for (int i = 0; i < slow.length; i++) {
				slow[i] = pool.submit(() -> query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
			}
			Thread.sleep(700);
			HttpResponse<String> response = query("ASK {}");
			assertRefused(response, 503, "at most 4 queries");
			assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
			for (Future<?> future : slow) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void tenThousandSmallRequests_boundedConcurrency_allAnsweredStoreUnchanged() throws Exception {
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		Set<Integer> expected = Set.of(200, 401, 503);
		AtomicInteger missingRetryAfter = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			Future<?>[] futures = new Future<?>[10_000];
			for (int i = 0; i < futures.length; i++) {
				boolean write = (i % 2 == 0);
				futures[i] = pool.submit(() -> {
					HttpResponse<String> response = write ? update("CLEAR ALL", null) : query("ASK { ?s ?p ?o }");
					statuses.computeIfAbsent(response.statusCode(), (k) -> new AtomicInteger()).incrementAndGet();
					if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
						missingRetryAfter.incrementAndGet();
					}
				});
			}
			for (Future<?> future : futures) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses.keySet()).isSubsetOf(expected);
		assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(10_000);
		assertThat(statuses.get(401).get()).isEqualTo(5_000);
		assertThat(missingRetryAfter.get()).isZero();
		assertThat(query("ASK {}").statusCode()).isEqualTo(200);
	}

	private static void assertNoConnection(ServerSocket trap) throws IOException {
		trap.setSoTimeout(300);
		try {
			trap.accept().close();
			throw new AssertionError("the server connected to " + trap.getLocalSocketAddress());
		}
		catch (SocketTimeoutException expected) {
			// nothing came
		}
	}

}
