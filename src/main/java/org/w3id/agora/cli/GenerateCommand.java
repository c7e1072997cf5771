package org.w3id.agora.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.generate.Generator;
import org.w3id.agora.store.GraphNames;

/**
 * {@code generate --initiatives=N [--seed=S] [--out=FILE|-] [--format=nt|nq|ttl]
 * [--graph=graph/source/synthetic]}: writes synthetic data, streamed. Runs without the
 * store (and so beside a running server). IRIs are absolute under {@code agora.base-uri}
 * (from {@code application.yaml}, or {@code --agora.base-uri=...}), so that {@code load}
 * keeps them as they are.
 */
public final class GenerateCommand {

	static final String USAGE = "--initiatives=N [--seed=1] [--out=FILE|-] [--format=nt|nq|ttl] [--graph=graph/source/synthetic]"
			+ "   write N synthetic initiatives (deterministic for a seed; .gz output is gzipped)";

	private GenerateCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> rest = Arrays.stream(args).skip(1).filter((a) -> !a.startsWith("--agora.")).toList();
		String base = Arrays.stream(args)
			.filter((a) -> a.startsWith("--agora.base-uri="))
			.map((a) -> a.substring("--agora.base-uri=".length()))
			.findFirst()
			.orElseGet(Generator::configuredBase);
		Arguments arguments;
		long count;
		long seed;
		AgoraProperties agora;
		try {
			arguments = Arguments.parse(rest, Set.of("initiatives", "seed", "out", "format", "graph"));
			count = Long.parseLong(arguments.option("initiatives", "-1"));
			seed = Long.parseLong(arguments.option("seed", "1"));
			agora = new AgoraProperties(URI.create(base));
			if (count < 0) {
				throw new IllegalArgumentException("--initiatives=N is required (N ≥ 0)");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("generate: " + ex.getMessage() + ". Usage: generate " + USAGE);
			return 2;
		}
		String format = arguments.option("format", "nt").toLowerCase(Locale.ROOT);
		RDFFormat rdfFormat = switch (format) {
			case "nq" -> RDFFormat.NQUADS;
			case "nt" -> RDFFormat.NTRIPLES;
			case "ttl" -> RDFFormat.TURTLE_BLOCKS;
			default -> null;
		};
		if (rdfFormat == null) {
			err.println("generate: unknown format '" + format + "' (known: nq, nt, ttl)");
			return 2;
		}
		Node graph = format.equals("nq") ? NodeFactory
			.createURI(new GraphNames(agora).graph(arguments.option("graph", Generator.GRAPH)).getURI()) : null;
		String target = arguments.option("out", "-");
		long start = System.nanoTime();
		try (OutputStream sink = open(target, out)) {
			StreamRDF stream = StreamRDFWriter.getWriterStream(sink, rdfFormat);
			new Generator(agora.base(), seed, graph).write(count, stream);
		}
		catch (IOException ex) {
			err.println("generate: cannot write " + target + ": " + ex.getMessage());
			return 2;
		}
		if (!target.equals("-")) {
			out.printf(Locale.ROOT, "Generated %,d initiatives (seed %d) into %s in %.1f s.%n", count, seed, target,
					(System.nanoTime() - start) / 1e9);
		}
		return 0;
	}

	private static OutputStream open(String target, PrintStream stdout) throws IOException {
		if (target.equals("-")) {
			// Closing the writer must not close standard output.
			return new BufferedOutputStream(new java.io.FilterOutputStream(stdout) {
				@Override
				public void close() throws IOException {
					flush();
				}
			}, 1 << 16);
		}
		OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(target)), 1 << 16);
		return target.endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
	}

}
