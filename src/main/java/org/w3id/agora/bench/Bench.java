package org.w3id.agora.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.w3id.agora.AgoraApplication;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.generate.Generator;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.validation.ShapesCatalogue;
import org.w3id.agora.validation.Validator;

/**
 * {@code java -jar agora.jar bench [--initiatives=1000] [--seed=1]
 * [--sections=load,validate,queries,deref,dumps,startup] [--rounds=5] [--requests=100]
 * [--clients=1,16] [--load-rounds=3] [--validate-limit=20000] [--query-budget=3000]
 * [--store=DIR] [--out=FILE]}: generates a synthetic data set, then, on that same data
 * and in one run, measures each section against the stock component Agora builds on and
 * prints Markdown tables (medians, spread, ratios):
 * <ol>
 * <li>{@code load}: bulk load rate of Agora's loader vs Jena's stock TDB2 loader, same
 * file, fresh stores, alternating rounds;</li>
 * <li>{@code validate}: SHACL validation of one contribution and of the whole set,
 * Agora's {@link Validator} vs jena-shacl over in-memory graphs;</li>
 * <li>{@code queries}: each canonical query of {@code sparql/} through Agora's /sparql vs
 * a stock {@link FusekiServer} over the same dataset in the same JVM;</li>
 * <li>{@code deref}: /doc/&lt;initiative&gt;.{ttl,jsonld,rdf,nt,html} vs
 * {@code DESCRIBE <iri>} on /sparql with the matching Accept;</li>
 * <li>{@code dumps}: the hook for dump throughput ({@link #dumps});</li>
 * <li>{@code startup}: the jar started in a process of its own, on an empty store and on
 * the generated one: time to first answer and resident memory.</li>
 * </ol>
 */
public final class Bench {

	/**
	 * A query every store answers quickly: the cost measured is the HTTP and protocol
	 * path.
	 */
	static final String SIMPLE_SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10";

	/** The sections, in the order they run. */
	static final List<String> SECTIONS = List.of("load", "validate", "queries", "deref", "dumps", "startup");

	static final Set<String> OPTIONS = Set.of("initiatives", "seed", "sections", "rounds", "requests", "clients",
			"load-rounds", "validate-limit", "query-budget", "store", "out");

	/** The formats of /doc/ and the media type of the equivalent DESCRIBE. */
	private static final Map<String, String> DEREF_FORMATS = new LinkedHashMap<>();

	static {
		DEREF_FORMATS.put("ttl", "text/turtle");
		DEREF_FORMATS.put("jsonld", "application/ld+json");
		DEREF_FORMATS.put("rdf", "application/rdf+xml");
		DEREF_FORMATS.put("nt", "application/n-triples");
		// No DESCRIBE answers in HTML: the page is compared with the Turtle answer.
		DEREF_FORMATS.put("html", "text/turtle");
	}

	private final Map<String, String> options;

	private final String[] args;

	private final Report report;

	/** The graph the generated set is loaded into. */
	static final String GRAPH = Generator.GRAPH;

	private final AgoraProperties agora = new AgoraProperties(URI.create(Generator.configuredBase()));

	private Bench(Map<String, String> options, String[] args, PrintStream out) {
		this.options = options;
		this.args = args;
		this.report = new Report(out);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new TreeMap<>();
		for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				err.println("bench: options are --name=value, got " + arg);
				return 2;
			}
			String name = arg.substring(2, arg.indexOf('='));
			if (!OPTIONS.contains(name)) {
				err.println("bench: unknown option --" + name + " (known: " + new java.util.TreeSet<>(OPTIONS) + ")");
				return 2;
			}
			options.put(name, arg.substring(arg.indexOf('=') + 1));
		}
		for (String section : sections(options)) {
			if (!SECTIONS.contains(section)) {
				err.println("bench: unknown section '" + section + "' (known: " + String.join(",", SECTIONS) + ")");
				return 2;
			}
		}
		try {
			new Bench(options, args, out).run();
			return 0;
		}
		catch (Exception ex) {
			err.println("bench: " + ex.getMessage());
			ex.printStackTrace(err);
			return 2;
		}
	}

	private static List<String> sections(Map<String, String> options) {
		return Arrays.stream(options.getOrDefault("sections", String.join(",", SECTIONS)).split(","))
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	private boolean selected(String section) {
		return sections(this.options).contains(section);
	}

	private void run() throws Exception {
		Path work = Files.createTempDirectory("agora-bench");
		Path store = this.options.containsKey("store") ? Path.of(this.options.get("store"))
				: work.resolve("store").resolve("tdb2");
		long initiatives = Long.parseLong(option("initiatives", "1000"));
		long seed = Long.parseLong(option("seed", "1"));
		this.report.line("# Agora benchmarks");
		this.report.line("");
		this.report.line("Command: `java -jar agora.jar " + String.join(" ", this.args) + "`");
		this.report.line("");
		this.report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".");
		try {
			Path data = work.resolve("initiatives.nt");
			long triples = timed(() -> generate(initiatives, seed, data));
			timed(() -> load(data, store, triples));
			long start = System.nanoTime();
			try (Servers servers = Servers.start(store)) {
				this.report.line("");
				this.report.line(String.format(Locale.ROOT, "(Agora and the stock Fuseki started in %.1f s.)",
						(System.nanoTime() - start) / 1e9));
				if (selected("validate")) {
					timed(() -> validate(servers, initiatives, seed));
				}
				if (selected("queries")) {
					timed(() -> queries(servers));
				}
				if (selected("deref")) {
					timed(() -> deref(servers, initiatives, seed));
				}
				if (selected("dumps")) {
					dumps(servers);
				}
			}
			if (selected("startup")) {
				timed(() -> startup(store));
			}
		}
		finally {
			// The generated file and the load rounds; the store too unless --store named
			// it.
			FileSystemUtils.deleteRecursively(work);
		}
		String out = this.options.get("out");
		if (out != null) {
			this.report.writeTo(Path.of(out));
		}
	}

	/** A section that may throw. */
	private interface Section<T> {

		T run() throws Exception;

	}

	/** A section without result. */
	private interface VoidSection {

		void run() throws Exception;

	}

	private <T> T timed(Section<T> section) throws Exception {
		long start = System.nanoTime();
		T result = section.run();
		this.report.line("");
		this.report.line(String.format(Locale.ROOT, "(This section took %.1f s.)", (System.nanoTime() - start) / 1e9));
		return result;
	}

	private void timed(VoidSection section) throws Exception {
		timed(() -> {
			section.run();
			return null;
		});
	}

	/** The data set every section measures on, written as N-Triples. */
	private long generate(long initiatives, long seed, Path file) throws IOException {
		this.report.heading("Data");
		AtomicLong triples = new AtomicLong();
		long start = System.nanoTime();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
			new Generator(this.agora.base(), seed, null).write(initiatives, new StreamRDFWrapper(writer) {
				@Override
				public void triple(Triple triple) {
					triples.incrementAndGet();
					super.triple(triple);
				}
			});
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Report.Table table = this.report.table("initiatives", "seed", "triples", "N-Triples (MiB)",
				"generation (triples/s)");
		table.row(String.format(Locale.ROOT, "%,d", initiatives), seed,
				String.format(Locale.ROOT, "%,d", triples.get()),
				String.format(Locale.ROOT, "%.1f", Files.size(file) / (1024.0 * 1024.0)),
				rate(triples.get() / seconds));
		return triples.get();
	}

	/**
	 * Bulk load: Agora's loader and the stock TDB2 loader, same file, fresh stores,
	 * alternating order. The store the servers use is loaded by Agora's loader.
	 */
	private void load(Path data, Path store, long triples) throws IOException {
		Node graph = new GraphNames(this.agora).graph(GRAPH);
		if (!selected("load")) {
			Files.createDirectories(store);
			Loads.ours(data, store, this.agora, GRAPH);
			return;
		}
		int rounds = Integer.parseInt(option("load-rounds", "3"));
		this.report.heading("Bulk load: Agora `load` vs Jena's stock TDB2 loader");
		this.report.line(rounds + " alternating rounds, each into a fresh store, of the same "
				+ String.format(Locale.ROOT, "%,d", triples)
				+ " triples into one named graph. Agora: `store.Loader` (phased, what `agora.jar load` runs); stock: "
				+ "`LoaderFactory.createLoader(dataset, graph, output)` then `load(file)`, as `tdb2.tdbloader` does. "
				+ "Ratio = Agora rate / stock rate per round; > 1 means Agora is faster.");
		double[] ours = new double[rounds];
		double[] stock = new double[rounds];
		double[] ratios = new double[rounds];
		Path scratch = store.getParent().resolve("load-rounds");
		for (int round = 0; round < rounds; round++) {
			Path ourStore = (round == rounds - 1) ? store : scratch.resolve("ours-" + round);
			Path stockStore = scratch.resolve("stock-" + round);
			Files.createDirectories(ourStore);
			Files.createDirectories(stockStore);
			Loads.Load a;
			Loads.Load b;
			if (round % 2 == 0) {
				a = Loads.ours(data, ourStore, this.agora, GRAPH);
				b = Loads.stock(data, stockStore, graph);
			}
			else {
				b = Loads.stock(data, stockStore, graph);
				a = Loads.ours(data, ourStore, this.agora, GRAPH);
			}
			ours[round] = a.rate();
			stock[round] = b.rate();
			ratios[round] = a.rate() / b.rate();
			FileSystemUtils.deleteRecursively(stockStore);
			if (!ourStore.equals(store)) {
				FileSystemUtils.deleteRecursively(ourStore);
			}
		}
		FileSystemUtils.deleteRecursively(scratch);
		Report.Table table = this.report.table("loader", "triples", "median rate (triples/s)", "min–max (triples/s)",
				"ratio Agora/stock");
		table.row("Agora `load` (phased)", String.format(Locale.ROOT, "%,d", triples), rate(Stats.median(ours)),
				rate(min(ours)) + "–" + rate(max(ours)), spread(ratios));
		table.row("stock TDB2 loader (default)", String.format(Locale.ROOT, "%,d", triples), rate(Stats.median(stock)),
				rate(min(stock)) + "–" + rate(max(stock)), "1");
	}

	/**
	 * SHACL validation: one contribution (a generated initiative with its actors and
	 * observations), then the whole set, with Agora's validator (data ∪ ontology graph
	 * read from TDB2) and with jena-shacl over in-memory graphs.
	 */
	private void validate(Servers servers, long initiatives, long seed) {
		Validator validator = servers.context().getBean(Validator.class);
		ShapesCatalogue catalogue = servers.context().getBean(ShapesCatalogue.class);
		DatasetGraph dataset = servers.context().getBean(DatasetGraph.class);
		GraphNames graphs = servers.context().getBean(GraphNames.class);
		int requests = intOption("requests", 100);
		Graph ontology = GraphFactory.createDefaultGraph();
		long storeTriples = Txn.calculateRead(dataset, () -> {
			GraphUtil.addInto(ontology, dataset.getGraph(graphs.ontology()));
			return dataset.getGraph(graphs.graph(GRAPH)).size();
		});
		Graph contribution = GraphFactory.createDefaultGraph();
		new Generator(this.agora.base(), seed, null).initiative(initiatives + 1, StreamRDFLib.graph(contribution));
		this.report.heading("SHACL validation");
		this.report.line("Shapes: " + String.join(", ", catalogue.files()) + ". The store holds "
				+ String.format(Locale.ROOT, "%,d", storeTriples) + " triples in " + GRAPH + " ("
				+ String.format(Locale.ROOT, "%,d", initiatives) + " generated initiatives). "
				+ "Agora: `validation.Validator` (data ∪ the ontology graph read from TDB2 in a read transaction); "
				+ "stock: `ShaclValidator.get().validate(shapes, data ∪ ontology)` over in-memory graphs.");
		Report.Table table = this.report.table("what", "validator", "triples", "runs", "median (ms)", "min–max (ms)",
				"throughput (triples/s)", "violations");
		Runnable[] variants = { () -> validator.validate(contribution),
				() -> ShaclValidator.get().validate(catalogue.shapes(), new Union(contribution, ontology)) };
		String[] names = { "Agora", "stock jena-shacl" };
		for (int v = 0; v < variants.length; v++) {
			for (int warm = 0; warm < Math.min(20, requests); warm++) {
				variants[v].run();
			}
		}
		long[][] times = new long[2][requests];
		for (int r = 0; r < requests; r++) {
			for (int v = 0; v < variants.length; v++) {
				int which = (r % 2 == 0) ? v : 1 - v;
				long start = System.nanoTime();
				variants[which].run();
				times[which][r] = System.nanoTime() - start;
			}
		}
		long contributionViolations = violations(validator.validate(contribution));
		for (int v = 0; v < variants.length; v++) {
			Stats stats = Stats.of(times[v]);
			table.row("one contribution (initiative " + (initiatives + 1) + ")", names[v], contribution.size(),
					requests, ms(stats.p50()),
					ms(Arrays.stream(times[v]).min().orElse(0) / 1e6) + "–" + ms(stats.max()),
					rate(contribution.size() / (stats.p50() / 1000)), contributionViolations);
		}
		long limit = Long.parseLong(option("validate-limit", "20000"));
		if (initiatives > limit) {
			table.row("whole set", "—", storeTriples, 0,
					"not run: more than --validate-limit=" + limit + " initiatives", "", "", "");
			return;
		}
		long start = System.nanoTime();
		ValidationReport ours = Txn.calculateRead(dataset,
				() -> validator.validate(dataset.getGraph(graphs.graph(GRAPH))));
		double oursSeconds = (System.nanoTime() - start) / 1e9;
		table.row("whole set", names[0], storeTriples, 1, ms(oursSeconds * 1000), "", rate(storeTriples / oursSeconds),
				violations(ours));
		Graph copy = GraphFactory.createDefaultGraph();
		Txn.executeRead(dataset, () -> GraphUtil.addInto(copy, dataset.getGraph(graphs.graph(GRAPH))));
		start = System.nanoTime();
		ValidationReport stock = ShaclValidator.get().validate(catalogue.shapes(), new Union(copy, ontology));
		double stockSeconds = (System.nanoTime() - start) / 1e9;
		table.row("whole set", names[1] + " (in-memory copy)", storeTriples, 1, ms(stockSeconds * 1000), "",
				rate(storeTriples / stockSeconds), violations(stock));
	}

	/**
	 * Each canonical query, then the simple SELECT, through Agora's /sparql and a stock
	 * Fuseki on the same dataset, at each client count. A slow query gets fewer requests
	 * ({@code --query-budget} milliseconds per system and round).
	 */
	private void queries(Servers servers) {
		int rounds = intOption("rounds", 5);
		int requests = intOption("requests", 100);
		double budget = Double.parseDouble(option("query-budget", "3000"));
		List<Integer> clientCounts = Arrays.stream(option("clients", "1,16").split(","))
			.map(String::trim)
			.map(Integer::parseInt)
			.toList();
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("simple SELECT (LIMIT 10)", SIMPLE_SELECT);
		CanonicalQueries.all().forEach((q) -> queries.put(q.name(), q.text()));
		this.report.heading("SPARQL query latency: Agora /sparql vs stock Fuseki, same dataset, same JVM");
		this.report.line((queries.size() - 1) + " canonical queries found in sparql/ (plus a simple SELECT). " + rounds
				+ " alternating rounds of up to " + requests + " requests per system (fewer for slow "
				+ "queries: about " + (long) budget + " ms per system and round); ratio = Agora p50 / stock p50 per "
				+ "round, given as the median of rounds [min–max]; < 1 means Agora is faster.");
		Report.Table table = this.report.table("query", "clients", "requests", "Agora p50 (ms)", "Agora p99 (ms)",
				"stock p50 (ms)", "stock p99 (ms)", "ratio p50");
		try (HttpLoad load = new HttpLoad()) {
			for (Map.Entry<String, String> query : queries.entrySet()) {
				String accept;
				try {
					Query parsed = QueryFactory.create(query.getValue());
					accept = (parsed.isSelectType() || parsed.isAskType()) ? "application/sparql-results+json"
							: "application/n-triples";
				}
				catch (RuntimeException ex) {
					table.row(query.getKey(), "—", 0, "does not parse: " + firstLine(ex.getMessage()), "", "", "", "");
					continue;
				}
				HttpRequest ours = get(servers.agora(), "/sparql", query.getValue(), accept);
				HttpRequest stock = get(servers.stock(), "/stock/sparql", query.getValue(), accept);
				for (int clients : clientCounts) {
					try {
						long probe = System.nanoTime();
						load.run(ours, 200, 1, 1);
						double probeMs = (System.nanoTime() - probe) / 1e6;
						if (probeMs > 10 * budget) {
							// Too slow for rounds within the budget: after the probe
							// warmed the
							// data, one request each, stock first, reported as such.
							long stockStart = System.nanoTime();
							load.run(stock, 200, 1, 1);
							double stockMs = (System.nanoTime() - stockStart) / 1e6;
							long oursStart = System.nanoTime();
							load.run(ours, 200, 1, 1);
							double oursMs = (System.nanoTime() - oursStart) / 1e6;
							table.row(query.getKey(), clients + " (run as 1: slow)", 1, ms(oursMs), ms(oursMs),
									ms(stockMs), ms(stockMs),
									String.format(Locale.ROOT, "%.3f× (one request each)", oursMs / stockMs));
							continue;
						}
						int n = (int) Math.max(Math.min(3, requests),
								Math.min(requests, budget / Math.max(probeMs, 0.05)));
						Comparison result = Comparison.run(load, List.of(ours), List.of(stock), clients, rounds, n,
								Math.max(n / 2, 1));
						table.row(query.getKey(), clients, n, ms(result.ours().p50()), ms(result.ours().p99()),
								ms(result.stock().p50()), ms(result.stock().p99()), result.ratioText());
					}
					catch (RuntimeException ex) {
						table.row(query.getKey(), clients, 0, "error: " + firstLine(ex.getMessage()), "", "", "", "");
					}
				}
			}
		}
	}

	/**
	 * Dereferencing: /doc/initiative/gen-N.{ext} vs {@code DESCRIBE <iri>} on Agora's
	 * /sparql with the matching Accept, over a sample of generated initiatives.
	 */
	private void deref(Servers servers, long initiatives, long seed) {
		int rounds = intOption("rounds", 5);
		int requests = intOption("requests", 100);
		Generator generator = new Generator(this.agora.base(), seed, null);
		int sample = (int) Math.min(50, initiatives);
		List<Long> chosen = new ArrayList<>();
		for (int j = 0; j < sample; j++) {
			chosen.add(1 + (j * initiatives) / sample);
		}
		this.report.heading("Dereferencing: /doc/<initiative>.<ext> vs DESCRIBE on /sparql");
		this.report.line(sample + " initiatives taken in turn; 1 client; " + rounds + " alternating rounds of "
				+ requests + " requests. DESCRIBE goes to Agora's /sparql with the Accept of the format (Turtle for "
				+ "HTML). Goal: /doc p99 ≤ 2 × DESCRIBE p99.");
		Report.Table table = this.report.table("format", "/doc p50 (ms)", "/doc p99 (ms)", "DESCRIBE p50 (ms)",
				"DESCRIBE p99 (ms)", "ratio p50", "ratio p99", "p99 ≤ 2×");
		try (HttpLoad load = new HttpLoad()) {
			for (Map.Entry<String, String> format : DEREF_FORMATS.entrySet()) {
				List<HttpRequest> docs = new ArrayList<>();
				List<HttpRequest> describes = new ArrayList<>();
				for (long i : chosen) {
					String iri = generator.initiativeIri(i);
					String path = "/doc/" + iri.substring(this.agora.resolve("id/").length()) + "." + format.getKey();
					docs.add(HttpRequest.newBuilder(servers.agora().resolve(path)).GET().build());
					describes.add(get(servers.agora(), "/sparql", "DESCRIBE <" + iri + ">", format.getValue()));
				}
				Comparison result = Comparison.run(load, docs, describes, 1, rounds, requests,
						Math.max(requests / 2, 1));
				table.row(format.getKey(), ms(result.ours().p50()), ms(result.ours().p99()), ms(result.stock().p50()),
						ms(result.stock().p99()), result.ratioText(),
						String.format(Locale.ROOT, "%.2f×", result.ratioP99()),
						(result.ratioP99() <= 2) ? "yes" : "no");
			}
		}
	}

	/**
	 * Hook for dump throughput and peak heap. The {@code dumps} package is developed on
	 * another branch; when it is merged, measure here a full dump of {@code servers}'
	 * dataset (bytes/s, triples/s, peak heap) against a stock
	 * {@code RDFDataMgr.write(out, dataset, NQUADS)} in one read transaction.
	 */
	private void dumps(Servers servers) {
		this.report.heading("Dumps");
		this.report.line("Dump throughput and peak heap: not measured in this build — the `dumps` package is not "
				+ "merged yet (hook: `Bench#dumps`).");
	}

	/**
	 * Start-up of the jar to the first answered query: on an empty store, and on the
	 * store holding the generated set.
	 */
	private void startup(Path store) throws IOException, InterruptedException {
		Path jar = Startup.runningJar();
		this.report.heading("Start-up");
		if (jar == null) {
			this.report.line("Not run from the jar: start-up not measured.");
			return;
		}
		this.report.line("Jar: " + jar.getFileName() + ", "
				+ String.format(Locale.ROOT, "%.1f MiB", Files.size(jar) / (1024.0 * 1024.0)) + "; default JVM "
				+ "options; time from process start to the first answered `ASK`, resident memory (VmRSS) then.");
		Path empty = Files.createTempDirectory("agora-bench-startup").resolve("tdb2");
		Report.Table table = this.report.table("start", "store on disk (MiB)", "time to first answered query (s)",
				"resident memory (MiB)");
		try {
			Startup.Measure first = Startup.measure(jar, empty);
			table.row("first start (empty store, bundle loaded)", mib(size(empty)), f2(first.seconds()),
					String.format(Locale.ROOT, "%.0f", first.residentMiB()));
			Startup.Measure restart = Startup.measure(jar, store);
			table.row("restart with the generated set", mib(size(store)), f2(restart.seconds()),
					String.format(Locale.ROOT, "%.0f", restart.residentMiB()));
		}
		finally {
			FileSystemUtils.deleteRecursively(empty.getParent());
		}
	}

	static HttpRequest get(URI root, String path, String query, String accept) {
		return HttpRequest.newBuilder(root.resolve(path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Accept", accept)
			.GET()
			.build();
	}

	private static long violations(ValidationReport report) {
		return report.getEntries().stream().filter((e) -> e.severity() == Severity.Violation).count();
	}

	private static long size(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((p) -> p.toFile().length()).sum();
		}
	}

	private static String firstLine(String text) {
		return (text == null) ? "" : text.lines().findFirst().orElse("").replace('|', '/');
	}

	private static String spread(double[] values) {
		return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", Stats.median(values), min(values), max(values));
	}

	private static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

	private static String rate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f", perSecond);
	}

	private static String ms(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String f2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String mib(long bytes) {
		return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
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
