package org.w3id.agora.contributions;

import java.net.http.HttpRequest;
import java.nio.file.Path;

import org.w3id.agora.security.Role;
import org.w3id.agora.security.TokenFile;
import org.w3id.agora.security.Tokens;
import org.w3id.agora.support.TestServer;

/**
 * A server for write tests: test shapes ({@code write/shapes.ttl}), a tokens file and a
 * change log in the test's directory, and tokens of each role (one of them revoked).
 */
final class WriteFixture implements AutoCloseable {

	static final String PREFIXES = """
			PREFIX agora: <https://w3id.org/agora/ns#>
			PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
			PREFIX ex: <http://example.org/test#>
			""";

	final TestServer server;

	final TokenFile tokens;

	final Path changes;

	final String curator;

	final String contributor;

	final String revoked;

	WriteFixture(Path dir, String... settings) {
		this(dir, dir.resolve("tdb2"), settings);
	}

	/** A fixture whose store lives in {@code store}, e.g. shared by several runs. */
	WriteFixture(Path dir, Path store, String... settings) {
		this.tokens = new TokenFile(dir.resolve("tokens"));
		this.changes = dir.resolve("changes");
		this.curator = issue(Role.CURATOR, "https://example.org/people/curator");
		this.contributor = issue(Role.CONTRIBUTOR, null);
		this.revoked = issue(Role.ADMIN, null);
		this.tokens.revoke(Tokens.parse(this.revoked).orElseThrow().id());
		String[] all = new String[settings.length + 3];
		all[0] = "agora.validation.shapes=classpath:write/shapes.ttl";
		all[1] = "agora.security.tokens-file=" + dir.resolve("tokens");
		all[2] = "agora.writes.changes-directory=" + this.changes;
		System.arraycopy(settings, 0, all, 3, settings.length);
		this.server = TestServer.start(store, all);
	}

	String issue(Role role, String agent) {
		Tokens.Issued issued = Tokens.issue(agent, role, TestServer.BASE);
		this.tokens.add(issued.entry());
		return issued.token();
	}

	/** A POST with a body, a content type and (if not null) a bearer token. */
	HttpRequest.Builder post(String path, String contentType, String body, String token) {
		return send("POST", path, contentType, body, token);
	}

	HttpRequest.Builder send(String method, String path, String contentType, String body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.server.uri(path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	/** An initiative carried by an organisation, both conforming, as Turtle. */
	static String initiative(String slug) {
		return PREFIXES + """
				<id/initiative/%1$s> a agora:Initiative ;
				    rdfs:label "Initiative %1$s"@fr ;
				    ex:carriedBy <id/organisation/%1$s> .
				<id/organisation/%1$s> a agora:Organisation ;
				    rdfs:label "Organisation %1$s"@fr .
				""".formatted(slug);
	}

	@Override
	public void close() {
		this.server.close();
	}

}
