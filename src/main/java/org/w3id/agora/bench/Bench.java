package org.w3id.agora.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.w3id.agora.AgoraApplication;

/**
 * {@code java -jar agora.jar bench [--store=DIR] [--rounds=10] [--requests=200] [--clients=1,16]
 * [--out=FILE]}: starts Agora and, in the same JVM over the same TDB2 dataset, a stock
 * {@link FusekiServer}; sends the same queries to both in alternating rounds and prints
 * latencies and the ratio Agora/stock per round (median and range). Also measures the
 * start-up of the jar.
 */
public final class Bench {

	/**
	 * A query every store answers quickly: the cost measured is the HTTP and protocol
	 * path.
	 */
	static final String SIMPLE_SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10";

	private final Map<String, String> options;

	private final Report report;

	private Bench(Map<String, String> options, PrintStream out) {
		this.options = options;
		this.report = new Report(out);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new TreeMap<>();
		for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				err.println("bench: options are --name=value, got " + arg);
				return 2;
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		try {
			new Bench(options, out).run();
			return 0;
		}
		catch (Exception ex) {
			err.println("bench: " + ex.getMessage());
			ex.printStackTrace(err);
			return 2;
		}
	}

	private void run() throws Exception {
		Path store = Path.of(option("store", Files.createTempDirectory("agora-bench").resolve("tdb2").toString()));
		this.report.line("# Agora benchmarks");
		this.report.line("");
		this.report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".");
		this.report.line("Store: " + store.toAbsolutePath());
		startup();
		try (Servers servers = Servers.start(store)) {
			sparql(servers);
		}
		String out = this.options.get("out");
		if (out != null) {
			this.report.writeTo(Path.of(out));
		}
	}

	/**
	 * Start-up of the jar to the first answered query, on an empty store and on a loaded
	 * one.
	 */
	private void startup() throws IOException, InterruptedException {
		Path jar = Startup.runningJar();
		this.report.heading("Start-up");
		if (jar == null) {
			this.report.line("Not run from the jar: start-up not measured.");
			return;
		}
		this.report.line("Jar: " + jar.getFileName() + ", "
				+ String.format(Locale.ROOT, "%.1f MiB", Files.size(jar) / (1024.0 * 1024.0)));
		Path store = Files.createTempDirectory("agora-bench-startup").resolve("tdb2");
		Report.Table table = this.report.table("start", "time to first answered query (s)", "resident memory (MiB)");
		try {
			for (String label : List.of("first start (empty store, bundle loaded)", "restart (store reused)")) {
				Startup.Measure measure = Startup.measure(jar, store);
				table.row(label, String.format(Locale.ROOT, "%.2f", measure.seconds()),
						String.format(Locale.ROOT, "%.0f", measure.residentMiB()));
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(store.getParent());
		}
	}

	/**
	 * The same queries through Agora's /sparql and through a stock Fuseki on the same
	 * dataset.
	 */
	private void sparql(Servers servers) {
		int rounds = intOption("rounds", 10);
		int requests = intOption("requests", 200);
		List<Integer> clientCounts = Arrays.stream(option("clients", "1,16").split(","))
			.map(String::trim)
			.map(Integer::parseInt)
			.toList();
		Map<String, String> queries = new java.util.LinkedHashMap<>();
		queries.put("simple SELECT (LIMIT 10)", SIMPLE_SELECT);
		this.report.heading("SPARQL query latency: Agora /sparql vs stock Fuseki, same dataset, same JVM");
		this.report.line(rounds + " alternating rounds of " + requests
				+ " requests per system; ratio = Agora median / stock median per round, "
				+ "given as the median of rounds [min–max].");
		Report.Table table = this.report.table("query", "clients", "Agora p50 (ms)", "Agora p99 (ms)", "stock p50 (ms)",
				"stock p99 (ms)", "ratio p50");
		try (HttpLoad load = new HttpLoad()) {
			for (Map.Entry<String, String> query : queries.entrySet()) {
				HttpRequest ours = get(servers.agora(), "/sparql", query.getValue());
				HttpRequest stock = get(servers.stock(), "/stock/sparql", query.getValue());
				for (int clients : clientCounts) {
					Comparison result = Comparison.run(load, ours, stock, clients, rounds, requests);
					table.row(query.getKey(), clients, f(result.ours().p50()), f(result.ours().p99()),
							f(result.stock().p50()), f(result.stock().p99()), result.ratioText());
				}
			}
		}
	}

	static HttpRequest get(URI root, String path, String query) {
		return HttpRequest.newBuilder(root.resolve(path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Accept", "application/sparql-results+json")
			.GET()
			.build();
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private int intOption(String name, int fallback) {
		return Integer.parseInt(this.options.getOrDefault(name, Integer.toString(fallback)));
	}

	/** Agora (the whole application) and a stock Fuseki server over Agora's dataset. */
	record Servers(ConfigurableApplicationContext context, FusekiServer fuseki) implements AutoCloseable {

		static Servers start(Path store) {
			List<String> args = new ArrayList<>(List.of("--server.port=0", "--agora.store.directory=" + store,
					"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AgoraApplication.class)
				.logStartupInfo(false)
				.run(args.toArray(String[]::new));
			DatasetGraph dataset = context.getBean(DatasetGraph.class);
			FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/stock", dataset).build().start();
			return new Servers(context, fuseki);
		}

		URI agora() {
			return URI
				.create("http://localhost:" + ((WebServerApplicationContext) this.context).getWebServer().getPort());
		}

		URI stock() {
			return URI.create("http://localhost:" + this.fuseki.getHttpPort());
		}

		@Override
		public void close() {
			this.fuseki.stop();
			this.context.close();
		}

	}

}
