package org.w3id.agora.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.util.FileSystemUtils;
import org.w3id.agora.dumps.DumpFormat;
import org.w3id.agora.dumps.DumpWriter;
import org.w3id.agora.dumps.Manifest;
import org.w3id.agora.dumps.UnionTriples;
import org.w3id.agora.privacy.PrivacyRule;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.Schema;

/**
 * {@code java -Xmx256m -jar agora.jar bench-dumps [--triples=1500000] [--store=DIR]
 * [--rounds=3] [--gzip-level=6] [--node-cache=100000] [--generate-only=true] [--out=FILE]}:
 * fills a TDB2 store with synthetic data (initiatives, organisations, people with and
 * without consent, in a curated graph and two partner graphs; generated once per store
 * directory, with TDB2's bulk loader, which needs more than 256 MiB: generate first with
 * {@code --generate-only=true} and a larger heap), then measures per format, in the same
 * JVM and alternately, Jena's {@code RDFDataMgr.write} of the dataset to a null stream,
 * Agora's dump writer to a null stream (privacy rule included), and the same gzipped;
 * finally a whole dump (every file, gzipped, checksummed, on disk) with the peak heap it
 * used. Prints a table; asserts nothing.
 */
public final class DumpBench {

	private static final String BASE = "http://localhost:8080/";

	/** Jena's JSON-LD writer (in memory) is measured only on small sets. */
	private static final long JENA_JSONLD_LIMIT = 200_000;

	private final Map<String, String> options;

	private final Report report;

	private DumpBench(Map<String, String> options, PrintStream out) {
		this.options = options;
		this.report = new Report(out);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new TreeMap<>();
		for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				err.println("bench-dumps: options are --name=value, got " + arg);
				return 2;
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		try {
			new DumpBench(options, out).run();
			return 0;
		}
		catch (Exception ex) {
			err.println("bench-dumps: " + ex.getMessage());
			ex.printStackTrace(err);
			return 2;
		}
	}

	private void run() throws IOException {
		long triples = Long.parseLong(this.options.getOrDefault("triples", "1500000"));
		int rounds = Integer.parseInt(this.options.getOrDefault("rounds", "3"));
		int gzipLevel = Integer.parseInt(this.options.getOrDefault("gzip-level", "6"));
		boolean temporary = !this.options.containsKey("store");
		Path store = temporary ? Files.createTempDirectory("agora-bench-dumps").resolve("tdb2")
				: Path.of(this.options.get("store"));
		Path dumps = Files.createTempDirectory("agora-bench-dumps-out");
		// TDB2's node caches hold up to 750,000 nodes by default, more than a 256 MiB
		// heap
		// holds: the benchmark sizes them, like any small-heap deployment would.
		int nodeCache = Integer.parseInt(this.options.getOrDefault("node-cache", "100000"));
		StoreParams params = StoreParams.builder(StoreParams.getDftStoreParams())
			.nodeId2NodeCacheSize(nodeCache)
			.node2NodeIdCacheSize(nodeCache)
			.build();
		DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString(), params);
		try {
			this.report.line("# Agora dump benchmark");
			this.report.line("");
			this.report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java "
					+ System.getProperty("java.version") + ". Store: " + store.toAbsolutePath()
					+ ", TDB2 node caches of " + nodeCache + " entries.");
			long quads = Txn.calculateRead(dataset, () -> dataset.stream().count());
			if (quads == 0) {
				long start = System.nanoTime();
				quads = generate(dataset, triples);
				this.report.line(String.format(Locale.ROOT, "Generated %,d synthetic quads in %.1f s.", quads,
						(System.nanoTime() - start) / 1e9));
			}
			if (Boolean.parseBoolean(this.options.getOrDefault("generate-only", "false"))) {
				return;
			}
			long union = Txn.calculateRead(dataset,
					() -> org.apache.jena.atlas.iterator.Iter.count(UnionTriples.of(dataset)));
			this.report.line(String.format(Locale.ROOT,
					"Dataset: %,d quads in %d named graphs (%,d distinct triples in their union). gzip level %d; "
							+ "best of %d alternating rounds.",
					quads,
					Txn.calculateRead(dataset,
							() -> org.apache.jena.atlas.iterator.Iter.count(dataset.listGraphNodes())),
					union, gzipLevel, rounds));
			DumpWriter writer = new DumpWriter(new PrivacyRule(), BASE, gzipLevel, Duration.ZERO, () -> false);
			formats(dataset, writer, rounds, gzipLevel, quads, union);
			whole(dataset, writer, dumps);
		}
		finally {
			dataset.close();
			FileSystemUtils.deleteRecursively(dumps);
			if (temporary) {
				org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
				FileSystemUtils.deleteRecursively(store.getParent());
			}
		}
		String out = this.options.get("out");
		if (out != null) {
			this.report.writeTo(Path.of(out));
		}
	}

	private void formats(DatasetGraph dataset, DumpWriter writer, int rounds, int gzipLevel, long quads, long union) {
		this.report.heading("Per format (throughput; MB/s of uncompressed output)");
		Report.Table table = this.report.table("format", "Jena RDFDataMgr.write → null", "Agora writer → null", "ratio",
				"Agora writer + gzip → null", "gzip ratio", "gzipped size (MiB)");
		for (DumpFormat format : DumpFormat.values()) {
			Measure jena = null;
			Measure ours = null;
			Measure gzipped = null;
			for (int round = 0; round < rounds; round++) {
				if (format == DumpFormat.JSONLD && union > JENA_JSONLD_LIMIT) {
					// Jena's JSON-LD writer builds the whole document in memory.
					jena = new Measure(0, 0, 0, 0, "not run above " + JENA_JSONLD_LIMIT + " triples");
				}
				else {
					jena = best(jena, measure(() -> jena(dataset, format, quads, union)));
				}
				ours = best(ours, measure(() -> {
					CountingNull sink = new CountingNull();
					long count = writer.writeFormat(dataset, format, sink);
					return new long[] { count, sink.count };
				}));
				gzipped = best(gzipped, measure(() -> {
					CountingNull sink = new CountingNull();
					CountingNull raw = new CountingNull();
					try (GZIPOutputStream gzip = new GZIPOutputStream(sink, 1 << 16) {
						{
							this.def.setLevel(gzipLevel);
						}
					}) {
						long count = writer.writeFormat(dataset, format, new Tee(gzip, raw));
						gzip.finish();
						return new long[] { count, raw.count, sink.count };
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}));
			}
			table.row(format.format().label() + (format.union() ? " (union)" : ""), jena, ours,
					(jena.failed() || ours.failed()) ? "-"
							: String.format(Locale.ROOT, "%.2f", ours.perSecond() / jena.perSecond()),
					gzipped,
					(jena.failed()) ? "-" : String.format(Locale.ROOT, "%.2f", gzipped.perSecond() / jena.perSecond()),
					String.format(Locale.ROOT, "%.1f", gzipped.extra() / (1024.0 * 1024.0)));
		}
	}

	/** Jena's writer of the same syntax variant; the counts are known beforehand. */
	private static long[] jena(DatasetGraph dataset, DumpFormat format, long quads, long union) {
		CountingNull sink = new CountingNull();
		RDFFormat jena = switch (format) {
			case NQUADS -> RDFFormat.NQUADS;
			case TRIG -> RDFFormat.TRIG_BLOCKS;
			case NTRIPLES -> RDFFormat.NTRIPLES;
			case TURTLE -> RDFFormat.TURTLE_BLOCKS;
			case JSONLD -> RDFFormat.JSONLD11;
		};
		Txn.executeRead(dataset, () -> {
			if (format.union()) {
				RDFDataMgr.write(sink, dataset.getUnionGraph(), jena);
			}
			else {
				RDFDataMgr.write(sink, dataset, jena);
			}
		});
		return new long[] { format.union() ? union : quads, sink.count };
	}

	private void whole(DatasetGraph dataset, DumpWriter writer, Path dumps) throws IOException {
		this.report.heading("Whole dump (every file, gzipped, SHA-256, forced to disk)");
		Path incoming = Files.createDirectories(dumps.resolve("bench"));
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		Manifest manifest = writer.write(dataset, incoming, "bench", 0);
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		long bytes = manifest.files().stream().mapToLong(Manifest.Entry::bytes).sum();
		long statements = manifest.files().stream().mapToLong(Manifest.Entry::triples).sum();
		Report.Table table = this.report.table("files", "statements written", "time (s)", "statements/s",
				"gzipped MiB written", "peak heap used (MiB)", "max heap (MiB)");
		table.row(manifest.files().size(), String.format(Locale.ROOT, "%,d", statements),
				String.format(Locale.ROOT, "%.1f", seconds), String.format(Locale.ROOT, "%,.0f", statements / seconds),
				String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)), peak / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		this.report
			.line(String.format(Locale.ROOT, "Withheld by the privacy rule: %,d statements.", manifest.withheld()));
		FileSystemUtils.deleteRecursively(incoming);
	}

	/** Synthetic data, through TDB2's phased bulk loader (one transaction). */
	private static long generate(DatasetGraph dataset, long triples) {
		Node curated = NodeFactory.createURI(BASE + "graph/curated");
		Node[] partners = { NodeFactory.createURI(BASE + "graph/source/siti"),
				NodeFactory.createURI(BASE + "graph/source/communecter") };
		Node size = NodeFactory.createURI(Agora.NS + "memberCount");
		Node involves = NodeFactory.createURI(Agora.NS + "involves");
		DataLoader loader = LoaderFactory.phasedLoader(dataset, (format, values) -> {
		});
		loader.startBulk();
		try {
			StreamRDF out = loader.stream();
			long written = 0;
			for (long n = 0; written < triples; n++) {
				Node graph = (n % 4 == 3) ? partners[(int) (n / 4 % 2)] : curated;
				Node initiative = NodeFactory.createURI(BASE + "id/initiative/i-" + n);
				Node person = NodeFactory.createURI(BASE + "id/person/p-" + n);
				out.quad(Quad.create(graph, initiative, RDF.Nodes.type, Agora.Initiative.asNode()));
				out.quad(Quad.create(graph, initiative, RDFS.Nodes.label,
						NodeFactory.createLiteralLang("Initiative citoyenne n°" + n, "fr")));
				out.quad(Quad.create(graph, initiative, RDFS.Nodes.label,
						NodeFactory.createLiteralLang("Citizen initiative #" + n, "en")));
				out.quad(Quad.create(graph, initiative, RDFS.Nodes.comment, NodeFactory.createLiteralLang(
						"Un café de réparation et un jardin partagé, quartier " + (n % 97) + ".", "fr")));
				out.quad(Quad.create(graph, initiative, size,
						NodeFactory.createLiteralDT(Long.toString(n % 500), XSDDatatype.XSDinteger)));
				out.quad(Quad.create(graph, initiative, involves, person));
				out.quad(Quad.create(graph, person, RDF.Nodes.type, Agora.Person.asNode()));
				out.quad(Quad.create(graph, person, RDFS.Nodes.label,
						NodeFactory.createLiteralLang("Personne " + n, "fr")));
				out.quad(Quad.create(graph, person, Schema.email.asNode(),
						NodeFactory.createLiteralString("p" + n + "@example.org")));
				out.quad(Quad.create(graph, person, Schema.telephone.asNode(),
						NodeFactory.createLiteralString("+33 6 " + n)));
				written += 10;
				if (n % 2 == 0) {
					Node given = NodeFactory.createBlankNode();
					out.quad(Quad.create(graph, person, Agora.consent.asNode(), given));
					out.quad(Quad.create(graph, given, RDF.Nodes.type, Agora.Consent.asNode()));
					out.quad(Quad.create(graph, given, Agora.consentScope.asNode(),
							Agora.PublicationOfContactData.asNode()));
					written += 3;
				}
			}
			loader.finishBulk();
		}
		catch (RuntimeException ex) {
			loader.finishException(ex);
			throw ex;
		}
		return Txn.calculateRead(dataset, () -> dataset.stream().count());
	}

	private interface Work {

		/** {statements, uncompressed bytes[, compressed bytes]}. */
		long[] run();

	}

	private static Measure measure(Work work) {
		System.gc();
		long start = System.nanoTime();
		try {
			long[] result = work.run();
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Measure(result[0], result[1], (result.length > 2) ? result[2] : 0, seconds, null);
		}
		catch (OutOfMemoryError ex) {
			return new Measure(0, 0, 0, 0, "out of memory");
		}
	}

	private static Measure best(Measure known, Measure next) {
		if (known == null || known.failed()) {
			return next;
		}
		return (!next.failed() && next.seconds() < known.seconds()) ? next : known;
	}

	private record Measure(long statements, long bytes, long extra, double seconds, String failure) {

		boolean failed() {
			return this.failure != null;
		}

		double perSecond() {
			return this.statements / this.seconds;
		}

		@Override
		public String toString() {
			if (failed()) {
				return this.failure;
			}
			return String.format(Locale.ROOT, "%,.0f triples/s, %.1f MB/s", perSecond(),
					this.bytes / 1e6 / this.seconds);
		}

	}

	/** Discards bytes and counts them. */
	private static final class CountingNull extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			this.count += length;
		}

	}

	/** Writes to a stream and counts the bytes in passing. */
	private static final class Tee extends OutputStream {

		private final OutputStream out;

		private final CountingNull counter;

		Tee(OutputStream out, CountingNull counter) {
			this.out = out;
			this.counter = counter;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.counter.count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			this.counter.count += length;
		}

		@Override
		public void flush() throws IOException {
			this.out.flush();
		}

	}

}
