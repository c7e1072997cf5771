package org.w3id.agora.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3id.agora.AgoraApplication;

/**
 * The whole Agora server, started for a test on a random port over a TDB2 store in a
 * directory of the test's choosing, and stopped by {@link #close()}. Requests go through
 * real HTTP.
 */
public final class TestServer implements AutoCloseable {

	/** The base IRI the tests' data is minted under (independent of the random port). */
	public static final String BASE = "http://localhost:8080/";

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String root;

	private TestServer(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.root = "http://localhost:" + port;
	}

	/**
	 * Starts a server on {@code store}; extra settings as {@code key=value} (the base IRI
	 * is {@link #BASE} unless a setting names another).
	 */
	public static TestServer start(Path store, String... settings) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		args.add("--agora.store.directory=" + store);
		boolean ownBase = false;
		for (String setting : settings) {
			args.add("--" + setting);
			ownBase |= setting.startsWith("agora.base-uri=");
		}
		if (!ownBase) {
			args.add("--agora.base-uri=" + BASE);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AgoraApplication.class)
			.run(args.toArray(String[]::new));
		return new TestServer(context);
	}

	/** {@code http://localhost:<port>} followed by the path. */
	public URI uri(String path) {
		return URI.create(this.root + path);
	}

	public DatasetGraph dataset() {
		return this.context.getBean(DatasetGraph.class);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A GET of {@code path?query=...} with the given Accept header (none if null). */
	public HttpRequest.Builder queryGet(String path, String query, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + "?query=" + encode(query))).GET();
		return (accept != null) ? request.header("Accept", accept) : request;
	}

	/** A POST of an HTML-form-encoded body {@code name=value}. */
	public HttpRequest.Builder formPost(String path, String name, String value, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(name + "=" + encode(value)));
		return (accept != null) ? request.header("Accept", accept) : request;
	}

	/** A POST of a body sent as is, with its content type. */
	public HttpRequest.Builder directPost(String path, String contentType, String body, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return (accept != null) ? request.header("Accept", accept) : request;
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
