package org.w3id.agora.sparql;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query that runs past {@code agora.sparql.query-timeout} is cut off; the server goes
 * on.
 */
class QueryTimeoutTests {

	/**
	 * A six-way cross product of the whole store, counted: no row comes out before it
	 * ends.
	 */
	private static final String HEAVY = """
			SELECT (COUNT(*) AS ?n)
			WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }""";

	@TempDir
	Path store;

	@Test
	void post_heavyQuery_isCutOffAtTheTimeoutWithAClearErrorAndTheServerKeepsAnswering() {
		try (TestServer server = TestServer.start(this.store, "agora.sparql.query-timeout=1s")) {
			long start = System.nanoTime();
			HttpResponse<String> cut = server.send(server.formPost("/sparql", "query", HEAVY, null));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(cut.statusCode()).isEqualTo(503);
			assertThat(cut.body()).contains("Query cancelled").contains("longer than the 1 s allowed");
			assertThat(took).isLessThan(Duration.ofSeconds(20));

			HttpResponse<String> next = server.send(server.queryGet("/sparql", "ASK { ?s ?p ?o }", null));
			assertThat(next.statusCode()).isEqualTo(200);
			assertThat(next.body()).contains("true");
		}
	}

}
