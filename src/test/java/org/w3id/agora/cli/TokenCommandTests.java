package org.w3id.agora.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code token create|revoke|list} work on the tokens file beside a running server, which
 * picks the change up without a restart.
 */
class TokenCommandTests {

	@TempDir
	Path dir;

	private record Run(int status, String out, String err) {
	}

	private Run cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] all = new String[args.length + 1];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--agora.security.tokens-file=" + this.dir.resolve("tokens");
		int status = Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> write(TestServer server, String token) {
		String update = "INSERT DATA { GRAPH <" + TestServer.BASE + "graph/curated> { <" + TestServer.BASE
				+ "id/thing/t> <http://www.w3.org/2000/01/rdf-schema#label> \"t\"@fr } }";
		HttpRequest.Builder request = server.directPost("/update", "application/sparql-update", update, null)
			.header("Authorization", "Bearer " + token);
		return server.send(request);
	}

	@Test
	void createThenRevoke_takeEffectOnTheRunningServerWithoutRestart() {
		try (TestServer server = TestServer.start(this.dir.resolve("tdb2"),
				"agora.security.tokens-file=" + this.dir.resolve("tokens"),
				"agora.writes.changes-directory=" + this.dir.resolve("changes"))) {
			Run created = cli("token", "create", "--role=curator", "--agent=https://example.org/people/ada");
			assertThat(created.status()).as(created.err()).isZero();
			String token = created.out().trim();
			assertThat(token).matches("agora\\.[0-9a-f]{12}\\.[A-Za-z0-9_-]{43}");
			String id = token.split("\\.")[1];

			assertThat(write(server, token).statusCode()).isEqualTo(204);
			Run listed = cli("token", "list");
			assertThat(listed.out()).contains(id + "  curator  https://example.org/people/ada");
			assertThat(listed.out()).doesNotContain(token.split("\\.")[2]);

			Run revoked = cli("token", "revoke", id);
			assertThat(revoked.status()).as(revoked.err()).isZero();
			HttpResponse<String> refused = write(server, token);
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.body()).contains("unknown, revoked or wrong");
		}
	}

	@Test
	void create_withoutAgent_mintsAPseudonymousAgentUnderTheBase() {
		Run created = cli("token", "create", "--role=contributor");

		assertThat(created.status()).as(created.err()).isZero();
		String id = created.out().trim().split("\\.")[1];
		assertThat(cli("token", "list").out())
			.contains(id + "  contributor  " + "http://localhost:8080/id/agent/" + id);
	}

	@Test
	void revoke_unknownId_exits1() {
		Run run = cli("token", "revoke", "nope");

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("no token with id nope");
	}

}
