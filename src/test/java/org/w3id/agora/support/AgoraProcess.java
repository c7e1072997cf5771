package org.w3id.agora.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.w3id.agora.AgoraApplication;

/**
 * Agora (server or CLI mode) in a JVM process of its own, started from the test class
 * path, for tests that must kill it ({@code kill -9}) or run it apart from the test JVM.
 * Output goes to {@code log}.
 */
public final class AgoraProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private AgoraProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Runs the jar's main class with {@code args} and returns without waiting. */
	public static AgoraProcess launch(Path log, int port, List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(AgoraApplication.class.getName());
		command.addAll(args);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new AgoraProcess(process, port);
	}

	/**
	 * Starts the server on a free port over {@code store} and waits until it answers a
	 * query; extra settings as {@code key=value}.
	 */
	public static AgoraProcess startServer(Path store, Path log, String... settings)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> args = new ArrayList<>();
		args.add("--server.port=" + port);
		args.add("--agora.store.directory=" + store);
		args.add("--agora.base-uri=" + TestServer.BASE);
		for (String setting : settings) {
			args.add("--" + setting);
		}
		AgoraProcess server = launch(log, port, args);
		server.awaitReady(Duration.ofSeconds(60));
		return server;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public Process process() {
		return this.process;
	}

	/** Kills the process as {@code kill -9} would and waits for it to be gone. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** Waits for a CLI-mode process to end and returns its exit code. */
	public int waitFor(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("Agora did not exit within " + timeout);
		}
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private void awaitReady(Duration timeout) throws InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest ask = HttpRequest.newBuilder(uri("/sparql?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"Agora exited with " + this.process.exitValue() + " before it answered");
			}
			try {
				if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		kill();
		throw new IllegalStateException("Agora did not answer within " + timeout);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
