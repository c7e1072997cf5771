package org.w3id.agora.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.w3id.agora.dumps.Dumps;
import org.w3id.agora.dumps.Manifest;

/**
 * {@code dump}: writes a new dump version of the store (all formats, one file per graph)
 * into the dumps directory, as the server would, and prints what was written.
 */
@Component
class DumpCommand implements Command {

	private final Dumps dumps;

	DumpCommand(Dumps dumps) {
		this.dumps = dumps;
	}

	@Override
	public String name() {
		return "dump";
	}

	@Override
	public String usage() {
		return "[--agora.dumps.directory=DIR] [--agora.dumps.keep=3]   write a new dump of the store "
				+ "(N-Quads, TriG, N-Triples, Turtle, JSON-LD, one file per graph; gzipped, checksummed)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		Arguments args = Arguments.parse(arguments, Set.of());
		if (!args.operands().isEmpty()) {
			err.println("dump: takes no file. Usage: dump " + usage());
			return 2;
		}
		long start = System.nanoTime();
		Manifest manifest = this.dumps.generate();
		double seconds = (System.nanoTime() - start) / 1e9;
		out.printf(
				"Dump %s in %s (%.1f s): %,d quads, %,d distinct triples, %,d statements withheld "
						+ "(personal data without consent).%n",
				manifest.version(), this.dumps.store().directory().resolve(manifest.version()), seconds,
				manifest.quads(), manifest.unionTriples(), manifest.withheld());
		for (Manifest.Entry entry : manifest.files()) {
			out.printf("  %-28s %12d bytes %10d triples  sha256 %s%n", entry.name(), entry.bytes(), entry.triples(),
					entry.sha256());
		}
		return 0;
	}

}
