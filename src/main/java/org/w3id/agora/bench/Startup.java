package org.w3id.agora.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Start-up of the jar in a process of its own, timed until its first answered SPARQL
 * query.
 */
final class Startup {

	record Measure(double seconds, double residentMiB) {
	}

	private Startup() {
	}

	/**
	 * The jar this code runs from ({@code java -jar}), or {@code null} when it runs from
	 * classes.
	 */
	static Path runningJar() {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			Path jar = Path.of(classPath).toAbsolutePath();
			return Files.isRegularFile(jar) ? jar : null;
		}
		return null;
	}

	static Measure measure(Path jar, Path store) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		long start = System.nanoTime();
		Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=" + port,
				"--agora.store.directory=" + store, "--logging.level.root=WARN"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			HttpClient client = HttpClient.newHttpClient();
			HttpRequest ask = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"))
				.timeout(Duration.ofSeconds(5))
				.build();
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The server process exited with " + process.exitValue());
				}
				try {
					if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						break;
					}
				}
				catch (IOException notYet) {
					// Not listening yet.
				}
				if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
					throw new IllegalStateException("The server did not answer within 5 minutes");
				}
				Thread.sleep(20);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Measure(seconds, residentMiB(process.pid()));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	/** Resident set size from /proc (Linux); NaN elsewhere. */
	static double residentMiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
		return Double.NaN;
	}

}
