package org.w3id.agora.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services are those of the Fuseki configuration file the server is given, not built
 * in.
 */
class FusekiConfigFileTests {

	@TempDir
	Path work;

	@Test
	void serviceRenamedInACopyOfTheConfig_isServedUnderItsNewName() throws IOException {
		String original;
		try (InputStream in = getClass().getResourceAsStream("/fuseki-config/agora.ttl")) {
			original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(original).contains("fuseki:name \"sparql\"");
		Path copy = this.work.resolve("renamed.ttl");
		Files.writeString(copy, original.replace("fuseki:name \"sparql\"", "fuseki:name \"query\""));

		try (TestServer server = TestServer.start(this.work.resolve("tdb2"),
				"agora.sparql.config=file:" + copy.toAbsolutePath())) {
			HttpResponse<String> renamed = server.send(server.queryGet("/query", "ASK {}", null));
			HttpResponse<String> old = server.send(server.queryGet("/sparql", "ASK {}", null));

			assertThat(renamed.statusCode()).isEqualTo(200);
			assertThat(renamed.body()).contains("<boolean>true</boolean>");
			assertThat(old.statusCode()).isEqualTo(404);
		}
	}

}
