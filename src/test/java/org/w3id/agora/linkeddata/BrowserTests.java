package org.w3id.agora.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless {@code chromium}, which {@code .ci/run} installs)
 * follows the 303 of a resource IRI and loads an initiative page (as a French browser)
 * and a boundary page (as an English one): the DOM it builds holds the labels, and a
 * phone-sized screenshot of each is kept under {@code target/browser/} as an artefact.
 */
class BrowserTests {

	private static final Path ARTEFACTS = Path.of("target", "browser");

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

	@Test
	@DisplayName("browser-initiative-page")
	void chromium_rendersTheInitiativePage() throws Exception {
		String dom = chromium("fr-FR", "--dump-dom", "/id/initiative/partons-du-bon-pied");
		assertThat(dom).contains("<h1>Partons du bon pied</h1>")
			.contains("Indicateurs mesurés")
			.contains("acidification des océans");
		Path screenshot = screenshot("fr-FR", "/id/initiative/partons-du-bon-pied", "initiative.png");
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	@Test
	@DisplayName("browser-boundary-page")
	void chromium_rendersTheBoundaryPageWithItsIncomingLinks() throws Exception {
		String dom = chromium("en-GB", "--dump-dom", "/id/boundary/ocean-acidification");
		assertThat(dom).contains("<h1>ocean acidification</h1>")
			.contains("What links here")
			.contains("Partons du bon pied");
		Path screenshot = screenshot("en-GB", "/id/boundary/ocean-acidification", "boundary.png");
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
