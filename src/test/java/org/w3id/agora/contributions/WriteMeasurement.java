package org.w3id.agora.contributions;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the guarded write path (not part of the normal build): validation time per
 * contribution of one initiative at store sizes of 1k, 10k and 100k initiatives, and
 * write throughput with the guard on and off over the same store in the same run.
 * <p>
 * Run: {@code mvn -B -o test -Dtest=WriteMeasurement -Dagora.measure=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; the table is printed and written to
 * {@code target/write-measurement.md}.
 * <p>
 * The store is filled with generated conforming data (written directly, bypassing the
 * guard, as a bulk load would): initiative {@code i} has a type, a French label and
 * {@code ex:carriedBy} one of N/10 organisations (type and label), 3.2 quads per
 * initiative. Each measured contribution is one new initiative carried by an existing
 * organisation, so its validation reads the store (the organisation's class).
 */
@EnabledIfSystemProperty(named = "agora.measure", matches = "true")
class WriteMeasurement {

	private static final int[] SIZES = { 1_000, 10_000, 100_000 };

	private static final int CONTRIBUTIONS = 300;

	private static final Pattern MICROS = Pattern.compile("\"validationMicros\":(\\d+)");

	@TempDir
	Path dir;

	private record Run(double perSecond, double medianValidationMs, double p95ValidationMs, double medianRequestMs) {
	}

	@Test
	void validationTimeAndThroughput_guardOnAndOff() throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("| initiatives in store | quads | guard | contributions/s | validation median (ms) | "
				+ "validation p95 (ms) | request median (ms) |");
		lines.add("|---:|---:|---|---:|---:|---:|---:|");
		for (int size : SIZES) {
			Path base = this.dir.resolve("n" + size);
			long quads;
			try (WriteFixture fixture = new WriteFixture(base)) {
				quads = generate(fixture.server.dataset(), size);
			}
			for (boolean guard : new boolean[] { true, false }) {
				try (WriteFixture fixture = new WriteFixture(base.resolve(guard ? "on" : "off"), base.resolve("tdb2"),
						"agora.writes.validation=" + guard)) {
					// Warm-up: class loading, JIT, caches.
					contribute(fixture, size, "warm-" + guard, 50);
					Run run = contribute(fixture, size, (guard ? "on" : "off"), CONTRIBUTIONS);
					lines.add(String.format(Locale.ROOT, "| %,d | %,d | %s | %.1f | %.2f | %.2f | %.2f |", size, quads,
							guard ? "on" : "off", run.perSecond(), run.medianValidationMs(), run.p95ValidationMs(),
							run.medianRequestMs()));
				}
			}
		}
		String table = String.join("\n", lines) + "\n";
		System.out.println(table);
		Files.writeString(Path.of("target", "write-measurement.md"), table);
	}

	private static long generate(DatasetGraph store, int size) {
		Node curated = NodeFactory.createURI(TestServer.BASE + "graph/curated");
		Node initiative = NodeFactory.createURI("https://w3id.org/agora/ns#Initiative");
		Node organisation = NodeFactory.createURI("https://w3id.org/agora/ns#Organisation");
		Node carriedBy = NodeFactory.createURI("http://example.org/test#carriedBy");
		int organisations = Math.max(1, size / 10);
		Txn.executeWrite(store, () -> {
			for (int o = 0; o < organisations; o++) {
				Node org = NodeFactory.createURI(TestServer.BASE + "id/organisation/gen-" + o);
				store.add(curated, org, RDF.Nodes.type, organisation);
				store.add(curated, org, RDFS.label.asNode(), NodeFactory.createLiteralLang("Organisation " + o, "fr"));
			}
			for (int i = 0; i < size; i++) {
				Node s = NodeFactory.createURI(TestServer.BASE + "id/initiative/gen-" + i);
				store.add(curated, s, RDF.Nodes.type, initiative);
				store.add(curated, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Initiative " + i, "fr"));
				store.add(curated, s, carriedBy,
						NodeFactory.createURI(TestServer.BASE + "id/organisation/gen-" + (i % organisations)));
			}
		});
		return Txn.calculateRead(store, () -> store.stream().count());
	}

	private static Run contribute(WriteFixture fixture, int size, String tag, int count) {
		List<Double> validation = new ArrayList<>();
		List<Double> requests = new ArrayList<>();
		int organisations = Math.max(1, size / 10);
		long start = System.nanoTime();
		for (int k = 0; k < count; k++) {
			String turtle = WriteFixture.PREFIXES + """
					<id/initiative/m-%1$s-%2$d> a agora:Initiative ;
					    rdfs:label "Mesure %2$d"@fr ;
					    ex:carriedBy <id/organisation/gen-%3$d> .
					""".formatted(tag, k, (k * 7919) % organisations);
			long t0 = System.nanoTime();
			HttpResponse<String> response = fixture.server
				.send(fixture.post("/contributions", "text/turtle", turtle, fixture.curator));
			requests.add((System.nanoTime() - t0) / 1e6);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			Matcher micros = MICROS.matcher(response.body());
			assertThat(micros.find()).isTrue();
			validation.add(Long.parseLong(micros.group(1)) / 1000.0);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Run(count / seconds, percentile(validation, 50), percentile(validation, 95),
				percentile(requests, 50));
	}

	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
