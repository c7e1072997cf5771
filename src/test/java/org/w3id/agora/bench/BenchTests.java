package org.w3id.agora.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark command runs end to end on a tiny data set, so that it cannot rot. Only
 * the report's structure is asserted, never a timing.
 */
class BenchTests {

	@TempDir
	Path work;

	@Test
	void bench_tinySet_printsEverySectionWithItsRows() throws Exception {
		Path report = this.work.resolve("bench.md");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = Bench.run(
				new String[] { "bench", "--initiatives=60", "--rounds=1", "--requests=3", "--clients=1,2",
						"--load-rounds=1", "--query-budget=200", "--out=" + report },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		String printed = out.toString(StandardCharsets.UTF_8);
		// Kept for reading after the build: target/bench-tiny.md.
		Files.writeString(Path.of("target", "bench-tiny.md"), printed);
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed).contains("# Agora benchmarks", "## Data", "## Bulk load", "## SHACL validation",
				"## SPARQL query latency", "## Dereferencing", "## Dumps", "## Start-up");
		assertThat(printed).contains("| 60 | 1 |");
		assertThat(printed).contains("| Agora `load` (phased) |", "| stock TDB2 loader (default) |");
		assertThat(printed).contains("| one contribution (initiative 61) | Agora |",
				"| one contribution (initiative 61) | stock jena-shacl |", "| whole set | Agora |",
				"| whole set | stock jena-shacl (in-memory copy) |");
		assertThat(printed).contains("| simple SELECT (LIMIT 10) | 1 |");
		for (String format : new String[] { "ttl", "jsonld", "rdf", "nt", "html" }) {
			assertThat(printed).contains("| " + format + " | ");
		}
		assertThat(printed).contains("hook: `Bench#dumps`");
		// Generated data conforms: the validation rows report no violation.
		assertThat(printed.lines().filter((l) -> l.startsWith("| one contribution") || l.startsWith("| whole set")))
			.hasSize(4)
			.allSatisfy((l) -> assertThat(l).endsWith("| 0 |"));
		assertThat(printed).doesNotContain("error:", "does not parse");
		assertThat(Files.readString(report)).isEqualTo(printed.replace(System.lineSeparator(), "\n"));
	}

	@Test
	void bench_unknownSection_failsNamingTheKnownOnes() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = Bench.run(new String[] { "bench", "--sections=load,coffee" }, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown section 'coffee'",
				"load,validate,queries,deref,dumps,startup");
	}

}
