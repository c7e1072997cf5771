package org.w3id.agora.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless {@code chromium}, which {@code .ci/run} installs)
 * loads an initiative page (as a French browser) and a boundary page (as an English one):
 * the DOM it builds holds the labels, and a phone-sized screenshot of each is kept under
 * {@code target/browser/} as an artefact.
 */
class BrowserTests {

	private static final Path ARTEFACTS = Path.of("target", "browser");

	@TempDir
	static Path store;

	static TestServer server;

	@BeforeAll
	static void start() {
		server = TestServer.start(store);
		DatasetGraph dataset = server.dataset();
		Txn.executeWrite(dataset,
				() -> RDFParser.source(BrowserTests.class.getResourceAsStream("/linkeddata/fixture.trig"))
					.lang(Lang.TRIG)
					.parse(dataset));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	@DisplayName("browser-initiative-page")
	void chromium_rendersTheInitiativePage() throws Exception {
		String dom = chromium("fr-FR", "--dump-dom", "/doc/initiative/ld-fixture.html");
		assertThat(dom).contains("<h1>Café réparation du fixture</h1>").contains("Limite du fixture");
		Path screenshot = screenshot("fr-FR", "/doc/initiative/ld-fixture.html", "initiative.png");
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	@Test
	@DisplayName("browser-boundary-page")
	void chromium_rendersTheBoundaryPageWithItsIncomingLinks() throws Exception {
		String dom = chromium("en-GB", "--dump-dom", "/doc/boundary/ld-hub.html");
		assertThat(dom).contains("<h1>Fixture boundary</h1>").contains("What links here (251)").contains("Page 1 of 3");
		Path screenshot = screenshot("en-GB", "/doc/boundary/ld-hub.html", "boundary.png");
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	private static Path screenshot(String language, String path, String name) throws Exception {
		Files.createDirectories(ARTEFACTS);
		Path file = ARTEFACTS.resolve(name).toAbsolutePath();
		Files.deleteIfExists(file);
		chromium(language, "--screenshot=" + file, path);
		assertThat(file).exists();
		return file;
	}

	private static String chromium(String language, String action, String path)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(browser(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--hide-scrollbars", "--lang=" + language, "--accept-lang=" + language,
				"--window-size=412,1400", "--virtual-time-budget=3000", action, server.uri(path).toString()));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		byte[] out = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
		assertThat(process.exitValue()).as("chromium exit code").isZero();
		return new String(out, StandardCharsets.UTF_8);
	}

	/** Debian's chromium; the test fails, saying what to install, when it is missing. */
	private static String browser() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new AssertionError("BrowserTests need Debian's chromium: apt-get install chromium (.ci/run does it)");
	}

}
