package org.w3id.agora.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load driver on loopback: {@code clients} workers send a bounded number of
 * requests one after the other and record each latency. Every response must have the
 * expected status, or the run fails: a benchmark of errors measures nothing.
 */
final class HttpLoad implements AutoCloseable {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final ExecutorService workers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "bench-client");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Sends {@code total} requests with {@code clients} concurrent workers; returns the
	 * latencies.
	 */
	long[] run(HttpRequest request, int expectedStatus, int clients, int total) {
		return run(List.of(request), expectedStatus, clients, total);
	}

	/**
	 * Sends {@code total} requests, taken in turn from {@code requests}, with
	 * {@code clients} concurrent workers; returns the latencies.
	 */
	long[] run(List<HttpRequest> requests, int expectedStatus, int clients, int total) {
		long[] latencies = new long[total];
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(this.workers.submit(() -> {
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					long start = System.nanoTime();
					HttpRequest request = requests.get(i % requests.size());
					HttpResponse<byte[]> response = send(request);
					latencies[i] = System.nanoTime() - start;
					if (response.statusCode() != expectedStatus) {
						throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
								+ new String(response.body()).lines().findFirst().orElse(""));
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : running) {
			try {
				worker.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Benchmark request failed: " + ex.getMessage(), ex);
			}
		}
		return latencies;
	}

	HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
	}

}
