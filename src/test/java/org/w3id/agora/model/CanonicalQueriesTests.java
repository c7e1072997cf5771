package org.w3id.agora.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every canonical query of {@code sparql/} runs through the real {@code /sparql} endpoint
 * of a server loaded with the bundled data, and its CSV answer is compared row by row
 * with the expected answer stored in {@code src/test/resources/sparql-expected/} (same
 * relative path, {@code .csv}). Lint queries ({@code sparql/lint/}) expect no row.
 */
class CanonicalQueriesTests {

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

	static Stream<String> queries() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:sparql/**/*.rq"))
			.map(CanonicalQueriesTests::relativePath)
			.sorted(Comparator.naturalOrder());
	}

	@Test
	void theCatalogue_holdsAtLeastTwelveResearchQueriesAndTheLintQueries() throws IOException {
		List<String> all = queries().toList();
		assertThat(all.stream().filter((q) -> !q.startsWith("lint/"))).hasSizeGreaterThanOrEqualTo(12);
		assertThat(all.stream().filter((q) -> q.startsWith("lint/"))).hasSizeGreaterThanOrEqualTo(5);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void query_onTheBundledData_answersTheExpectedRows(String query) throws IOException {
		String text = read("sparql/" + query);
		assertThat(text).as("comment header of " + query)
			.containsPattern("\\A# (Question|Lint)")
			.containsPattern("(?m)^# Parameters")
			.containsPattern("(?m)^#.*Result");

		HttpResponse<String> response = server.send(server.formPost("/sparql", "query", text, "text/csv"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> actual = lines(response.body());
		String expectedFile = "sparql-expected/" + query.replaceAll("\\.rq$", ".csv");
		assertThat(new PathMatchingResourcePatternResolver().getResource("classpath:" + expectedFile).exists())
			.as("expected answer " + expectedFile + " is missing; the answer was:\n" + response.body())
			.isTrue();
		List<String> expected = lines(read(expectedFile));
		if (query.startsWith("lint/")) {
			assertThat(actual).as("lint " + query + " must return no row").hasSize(1);
		}
		assertThat(actual).as(query).containsExactlyElementsOf(expected);
	}

	private static List<String> lines(String csv) {
		return csv.replace("\r\n", "\n").lines().toList();
	}

	private static String relativePath(Resource resource) {
		try {
			String uri = resource.getURI().toString();
			return uri.substring(uri.lastIndexOf("sparql/") + "sparql/".length());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(String location) throws IOException {
		try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:" + location)
			.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
