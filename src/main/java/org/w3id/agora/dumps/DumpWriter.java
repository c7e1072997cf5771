package org.w3id.agora.dumps;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.agora.privacy.Disclosure;
import org.w3id.agora.privacy.PrivacyRule;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.Catalogue;
import org.w3id.agora.vocab.Schema;

/**
 * Writes every file of one dump from one read transaction, so all files show the same
 * state of the store. Each file is streamed (statements go from the store's indexes
 * through the syntax writer and gzip to the file; nothing is collected in memory) while
 * its bytes are counted and hashed, then forced to disk. Every statement passes the
 * privacy rule first.
 * <p>
 * Not a Spring bean on purpose: the benchmark builds one without a server.
 */
public final class DumpWriter {

	/** The statements written between two checks for cancellation (and pauses). */
	static final int TICK = 10_000;

	private static final int BUFFER = 1 << 16;

	private final PrivacyRule privacy;

	private final String base;

	private final int gzipLevel;

	private final Duration pacing;

	private final BooleanSupplier cancelled;

	/**
	 * @param privacy the rule that decides which statements are public
	 * @param base Agora's base IRI (graph names are minted under it)
	 * @param gzipLevel 1 to 9
	 * @param pacing a pause every {@value #TICK} statements (zero: none)
	 * @param cancelled polled every {@value #TICK} statements; true aborts the dump
	 */
	public DumpWriter(PrivacyRule privacy, String base, int gzipLevel, Duration pacing, BooleanSupplier cancelled) {
		this.privacy = privacy;
		this.base = base;
		this.gzipLevel = gzipLevel;
		this.pacing = pacing;
		this.cancelled = cancelled;
	}

	/** Thrown when a dump was cancelled (the server is stopping). */
	public static final class CancelledException extends RuntimeException {

		CancelledException() {
			super("The dump was cancelled");
		}

	}

	/**
	 * Writes all files of a dump into {@code directory} (existing and empty) from one
	 * snapshot of {@code dataset}.
	 * @return the manifest of what was written
	 */
	public Manifest write(DatasetGraph dataset, Path directory, String version, long storeVersion) {
		return Txn.calculateRead(dataset, () -> {
			try {
				return snapshot(dataset, directory, version, storeVersion);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the dump into " + directory, ex);
			}
		});
	}

	/**
	 * Writes one whole-dataset format, uncompressed, to {@code out} from a read
	 * transaction of its own, through the privacy rule (for measurements).
	 * @return the statements written
	 */
	public long writeFormat(DatasetGraph dataset, DumpFormat format, OutputStream out) {
		return Txn.calculateRead(dataset, () -> {
			Disclosure disclosure = this.privacy.disclosure(dataset);
			PrefixMapping prefixes = prefixes(dataset);
			try {
				long count = format.union()
						? triples(out, format, UnionTriples.of(dataset), disclosure, prefixes, new Pace())
						: quads(out, format, dataset.find(), disclosure, prefixes, new Pace());
				out.flush();
				return count;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Manifest snapshot(DatasetGraph dataset, Path directory, String version, long storeVersion)
			throws IOException {
		String created = Instant.now().toString();
		Disclosure disclosure = this.privacy.disclosure(dataset);
		PrefixMapping prefixes = prefixes(dataset);
		Pace pace = new Pace();
		String license = Catalogue.CC_BY_SA_4.getURI();
		List<Manifest.Entry> files = new ArrayList<>();
		long[] withheld = new long[1];
		long quads = 0;
		long unionTriples = 0;
		for (DumpFormat format : DumpFormat.values()) {
			Manifest.Entry entry = write(directory, format.fileName(), (out) -> {
				if (format.union()) {
					return triples(out, format, UnionTriples.of(dataset), disclosure, prefixes, pace);
				}
				Iterator<Quad> all = dataset.find();
				if (format == DumpFormat.NQUADS) {
					all = Iter.filter(all, (quad) -> {
						boolean ok = disclosure.test(quad);
						if (!ok) {
							withheld[0]++;
						}
						return ok;
					});
				}
				return quads(out, format, all, disclosure, prefixes, pace);
			}, format.format().label(), format.format().mediaType().toString(), format.union(), null, null, null,
					license);
			files.add(entry);
			if (format == DumpFormat.NQUADS) {
				quads = entry.triples();
			}
			if (format == DumpFormat.NTRIPLES) {
				unionTriples = entry.triples();
			}
		}
		List<Node> graphs = Iter.toList(dataset.listGraphNodes());
		graphs.sort(Comparator.comparing(Node::toString));
		Set<String> names = new HashSet<>();
		Graph sources = dataset.getGraph(NodeFactory.createURI(this.base + GraphNames.SOURCES));
		for (Node graph : graphs) {
			String name = uniqueName(graphFileName(graph), names);
			Manifest.Entry entry = write(directory, name,
					(out) -> quads(out, DumpFormat.NQUADS, dataset.find(graph, Node.ANY, Node.ANY, Node.ANY),
							disclosure, prefixes, pace),
					DumpFormat.NQUADS.format().label(), DumpFormat.NQUADS.format().mediaType().toString(), false,
					graph.toString(), title(sources, graph, "fr"), title(sources, graph, "en"),
					licenseOf(sources, graph, license));
			files.add(entry);
		}
		return new Manifest(version, created, storeVersion, quads, unionTriples, withheld[0], List.copyOf(files));
	}

	@FunctionalInterface
	private interface Body {

		/** Writes the statements and returns how many. */
		long write(OutputStream out) throws IOException;

	}

	private Manifest.Entry write(Path directory, String name, Body body, String format, String mediaType, boolean union,
			String graph, String titleFr, String titleEn, String license) throws IOException {
		Path path = directory.resolve(name);
		long statements;
		DigestingOutputStream digest;
		try (FileOutputStream file = new FileOutputStream(path.toFile())) {
			digest = new DigestingOutputStream(new BufferedOutputStream(file, BUFFER));
			GZIPOutputStream gzip = new GZIPOutputStream(digest, BUFFER) {
				{
					this.def.setLevel(DumpWriter.this.gzipLevel);
				}
			};
			OutputStream out = new BufferedOutputStream(gzip, BUFFER);
			statements = body.write(out);
			out.flush();
			gzip.finish();
			digest.flush();
			file.getChannel().force(true);
		}
		return new Manifest.Entry(name, format, mediaType, union, graph, titleFr, titleEn, license, digest.count(),
				digest.sha256(), statements);
	}

	private long quads(OutputStream out, DumpFormat format, Iterator<Quad> quads, Disclosure disclosure,
			PrefixMapping prefixes, Pace pace) {
		long count = 0;
		if (format == DumpFormat.JSONLD) {
			try (JsonLdStreamWriter json = new JsonLdStreamWriter(out)) {
				while (quads.hasNext()) {
					Quad quad = quads.next();
					if (disclosure.test(quad)) {
						json.quad(quad);
						count++;
						pace.tick();
					}
				}
			}
			return count;
		}
		StreamRDF sink = StreamRDFWriter.getWriterStream(out,
				(format == DumpFormat.TRIG) ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
		sink.start();
		if (format == DumpFormat.TRIG) {
			prefixes.getNsPrefixMap().forEach(sink::prefix);
		}
		while (quads.hasNext()) {
			Quad quad = quads.next();
			if (disclosure.test(quad)) {
				sink.quad(quad);
				count++;
				pace.tick();
			}
		}
		sink.finish();
		return count;
	}

	private long triples(OutputStream out, DumpFormat format, Iterator<Triple> triples, Disclosure disclosure,
			PrefixMapping prefixes, Pace pace) {
		StreamRDF sink = StreamRDFWriter.getWriterStream(out,
				(format == DumpFormat.TURTLE) ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES);
		sink.start();
		if (format == DumpFormat.TURTLE) {
			prefixes.getNsPrefixMap().forEach(sink::prefix);
		}
		long count = 0;
		while (triples.hasNext()) {
			Triple triple = triples.next();
			if (disclosure.isPublic(triple)) {
				sink.triple(triple);
				count++;
				pace.tick();
			}
		}
		sink.finish();
		return count;
	}

	/** The prefixes of Turtle and TriG files: the store's own and the common ones. */
	private static PrefixMapping prefixes(DatasetGraph dataset) {
		PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
		prefixes.setNsPrefix("dcterms", DCTerms.NS)
			.setNsPrefix("skos", SKOS.uri)
			.setNsPrefix("dcat", DCAT.NS)
			.setNsPrefix("schema", Schema.NS)
			.setNsPrefix("agora", Agora.NS);
		dataset.prefixes().forEach((prefix, uri) -> prefixes.setNsPrefix(prefix, uri));
		return prefixes;
	}

	/** {@code graph-curated.nq.gz} for {@code <base>graph/curated}, a hash otherwise. */
	String graphFileName(Node graph) {
		String iri = graph.isURI() ? graph.getURI() : graph.toString();
		String graphs = this.base + "graph/";
		String slug;
		if (iri.startsWith(graphs) && iri.length() > graphs.length()) {
			slug = iri.substring(graphs.length()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
		}
		else {
			slug = sha256(iri).substring(0, 12);
		}
		return "graph-" + slug + ".nq.gz";
	}

	private static String uniqueName(String name, Set<String> taken) {
		String candidate = name;
		for (int i = 2; !taken.add(candidate); i++) {
			candidate = name.replace(".nq.gz", "-" + i + ".nq.gz");
		}
		return candidate;
	}

	private static String title(Graph sources, Node graph, String language) {
		return Iter.asStream(sources.find(graph, DCTerms.title.asNode(), Node.ANY))
			.map(Triple::getObject)
			.filter((title) -> title.isLiteral() && language.equalsIgnoreCase(title.getLiteralLanguage()))
			.map(Node::getLiteralLexicalForm)
			.findFirst()
			.orElse(null);
	}

	private static String licenseOf(Graph sources, Node graph, String fallback) {
		return Iter.asStream(sources.find(graph, DCTerms.license.asNode(), Node.ANY))
			.map(Triple::getObject)
			.filter(Node::isURI)
			.map(Node::getURI)
			.findFirst()
			.orElse(fallback);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Cancellation checks and the optional pause, every {@value #TICK} statements. */
	private final class Pace {

		private long count;

		void tick() {
			if (++this.count % TICK != 0) {
				return;
			}
			if (DumpWriter.this.cancelled.getAsBoolean()) {
				throw new CancelledException();
			}
			if (!DumpWriter.this.pacing.isZero()) {
				try {
					Thread.sleep(DumpWriter.this.pacing.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new CancelledException();
				}
			}
		}

	}

}
