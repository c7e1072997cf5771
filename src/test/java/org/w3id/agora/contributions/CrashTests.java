package org.w3id.agora.contributions;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.security.Role;
import org.w3id.agora.security.TokenFile;
import org.w3id.agora.security.Tokens;
import org.w3id.agora.support.AgoraProcess;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write is atomic even when the process dies: Agora in a JVM of its own is killed
 * ({@code kill -9}) in the middle of a large contribution; after a restart the store
 * opens, holds what was committed before, and nothing of the killed write.
 */
class CrashTests {

	@TempDir
	Path dir;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void killDuringALargeContribution_restartKeepsCommittedDataAndNothingOfTheKilledWrite() throws Exception {
		TokenFile tokens = new TokenFile(this.dir.resolve("tokens"));
		Tokens.Issued issued = Tokens.issue(null, Role.CURATOR, TestServer.BASE);
		tokens.add(issued.entry());
		String[] settings = { "agora.validation.shapes=classpath:write/shapes.ttl",
				"agora.security.tokens-file=" + this.dir.resolve("tokens"),
				"agora.writes.changes-directory=" + this.dir.resolve("changes"), "agora.writes.max-body-size=64MB",
				"agora.writes.time-limit=300s", "logging.level.org.w3id.agora.contributions=DEBUG" };
		Path store = this.dir.resolve("tdb2");

		try (AgoraProcess first = AgoraProcess.startServer(store, this.dir.resolve("first.log"), settings)) {
			HttpResponse<String> committed = this.http.send(
					post(first, WriteFixture.initiative("before"), issued.token()),
					HttpResponse.BodyHandlers.ofString());
			assertThat(committed.statusCode()).as(committed.body()).isEqualTo(201);

			StringBuilder large = new StringBuilder(WriteFixture.PREFIXES);
			for (int i = 0; i < 20_000; i++) {
				large.append("<id/initiative/crash-")
					.append(i)
					.append("> a agora:Initiative ; rdfs:label \"Crash ")
					.append(i)
					.append("\"@fr .\n");
			}
			CompletableFuture<HttpResponse<String>> killed = this.http
				.sendAsync(post(first, large.toString(), issued.token()), HttpResponse.BodyHandlers.ofString());
			// Kill once the write is inside its transaction: its data applied, being
			// validated, not committed.
			Path log = this.dir.resolve("first.log");
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (!Files.readString(log).contains("Validating 200") && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(Files.readString(log)).contains("Validating 200");
			assertThat(killed).as("the contribution is still being processed when the process is killed").isNotDone();
			first.kill();
		}

		try (AgoraProcess second = AgoraProcess.startServer(store, this.dir.resolve("second.log"), settings)) {
			assertThat(ask(second, "ASK { <" + TestServer.BASE + "id/initiative/before> ?p ?o }")).isTrue();
			assertThat(ask(second,
					"ASK { ?s ?p ?o FILTER (STRSTARTS(STR(?s), \"" + TestServer.BASE + "id/initiative/crash-\")) }"))
				.isFalse();
		}
	}

	private static HttpRequest post(AgoraProcess server, String turtle, String token) {
		return HttpRequest.newBuilder(server.uri("/contributions"))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "text/turtle")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(turtle))
			.build();
	}

	private boolean ask(AgoraProcess server, String query) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(server.uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
					.header("Accept", "application/sparql-results+json")
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body().replace(" ", "").contains("\"boolean\":true");
	}

}
