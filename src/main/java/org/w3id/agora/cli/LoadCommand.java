package org.w3id.agora.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.w3id.agora.store.Loader;

/**
 * {@code load [--graph=G] [--replace] [--loader=phased] FILE...}: bulk-loads files into a
 * graph.
 */
@Component
class LoadCommand implements Command {

	private final Loader loader;

	LoadCommand(Loader loader) {
		this.loader = loader;
	}

	@Override
	public String name() {
		return "load";
	}

	@Override
	public String usage() {
		return "[--graph=graph/curated] [--replace] [--loader=basic|sequential|phased|parallel] FILE...   "
				+ "load RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf, optionally .gz) into one named graph";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		Arguments args = Arguments.parse(arguments, Set.of("graph", "replace", "loader"));
		if (args.operands().isEmpty()) {
			err.println("load: no file given. Usage: load " + usage());
			return 2;
		}
		List<Path> files = args.operands().stream().map(Path::of).toList();
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				err.println("load: cannot read " + file);
				return 2;
			}
		}
		Loader.Result result;
		try {
			result = this.loader.load(files, args.option("graph", "graph/curated"), args.flag("replace"),
					Loader.Kind.of(args.option("loader", "phased")),
					(format, values) -> out.printf(format + "%n", values));
		}
		catch (Loader.RejectedFileException ex) {
			err.println("load: rejected, nothing was loaded: " + ex.getMessage());
			return 1;
		}
		out.printf("Loaded %,d triples into <%s> in %.1f s (%,.0f triples/s); the graph now holds %,d triples.%n",
				result.triples(), result.graph(), result.seconds(), result.triples() / Math.max(result.seconds(), 1e-9),
				result.graphSize());
		return 0;
	}

}
