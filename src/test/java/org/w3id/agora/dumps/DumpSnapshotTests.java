package org.w3id.agora.dumps;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.AgoraProcess;
import org.w3id.agora.support.Rdf;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dump is one snapshot: writes committed while it is written do not show in it; a
 * process killed while writing one leaves the previous one served as it was.
 */
class DumpSnapshotTests {

	@TempDir
	Path work;

	@Test
	void dumpTakenWhileWritesCommit_equalsTheStoreAsItWasWhenItStarted() throws Exception {
		Path store = this.work.resolve("tdb2");
		try (TestServer server = TestServer.start(store, "agora.dumps.auto=false", "agora.dumps.admin-token=t",
				"agora.dumps.pacing=200ms")) {
			DatasetGraph dataset = server.dataset();
			DumpData.seed(dataset, 20_000);
			Map<Node, Graph> before = snapshot(dataset);

			CompletableFuture<HttpResponse<String>> dump = CompletableFuture
				.supplyAsync(() -> server.send(HttpRequest.newBuilder(server.uri("/dumps"))
					.header("Authorization", "Bearer t")
					.POST(HttpRequest.BodyPublishers.noBody())));
			Path incoming = awaitIncoming(this.work.resolve("dumps"), Duration.ofSeconds(30));
			Txn.executeWrite(dataset, () -> {
				Node curated = NodeFactory.createURI(DumpData.BASE + "graph/curated");
				for (int i = 0; i < 100; i++) {
					dataset.add(curated, NodeFactory.createURI(DumpData.BASE + "id/initiative/late-" + i),
							NodeFactory.createURI("urn:agora:test:late"), NodeFactory.createLiteralString("x"));
				}
				dataset.getGraph(NodeFactory.createURI(DumpData.PARTNER)).clear();
			});
			assertThat(incoming).as("the writes committed while the dump was under way").isDirectory();
			HttpResponse<String> created = dump.get(60, TimeUnit.SECONDS);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String version = created.headers().firstValue("Location").orElseThrow().split("/")[2];

			byte[] nquads = server
				.sendForBytes(HttpRequest.newBuilder(server.uri("/dumps/" + version + "/agora.nq.gz")).GET())
				.body();
			Model dumped = Rdf.parseWithRio(DumpData.gunzip(nquads), "application/n-quads", DumpData.BASE);
			assertThat(dumped.contexts()).hasSize(before.size());
			before.forEach((graph, content) -> {
				Model actual = DumpsTests.withoutContext(
						dumped.filter(null, null, null, SimpleValueFactory.getInstance().createIRI(graph.getURI())));
				assertThat(Rdf.isomorphic(Rdf.toRio(content), actual)).as("graph " + graph).isTrue();
			});
			assertThat(snapshot(dataset)).as("the store did change meanwhile")
				.doesNotContainKey(NodeFactory.createURI(DumpData.PARTNER));
		}
	}

	@Test
	void killDuringDumpGeneration_leavesThePreviousDumpServedIntact() throws Exception {
		Path store = this.work.resolve("tdb2");
		Path dumps = this.work.resolve("dumps");
		try (TestServer server = TestServer.start(store, "agora.dumps.auto=false")) {
			DumpData.seed(server.dataset(), 20_000);
		}
		List<String> dump = List.of("dump", "--agora.store.directory=" + store, "--agora.base-uri=" + DumpData.BASE);
		try (AgoraProcess first = AgoraProcess.launch(this.work.resolve("first.log"), 0, dump)) {
			assertThat(first.waitFor(Duration.ofSeconds(120))).as(log("first.log")).isZero();
		}
		assertThat(log("first.log")).contains("agora.nq.gz");
		List<String> slow = Stream.concat(dump.stream(), Stream.of("--agora.dumps.pacing=300ms")).toList();
		try (AgoraProcess second = AgoraProcess.launch(this.work.resolve("second.log"), 0, slow)) {
			Path incoming = awaitIncoming(dumps, Duration.ofSeconds(60));
			Thread.sleep(500);
			second.kill();
			assertThat(incoming).as("killed while writing").isDirectory();
		}

		try (TestServer server = TestServer.start(store, "agora.dumps.auto=false")) {
			List<Manifest> versions = server.bean(Dumps.class).store().versions();
			assertThat(versions).hasSize(1);
			try (Stream<Path> entries = Files.list(dumps)) {
				assertThat(entries.map((entry) -> entry.getFileName().toString())).as("the incomplete dump is removed")
					.containsExactly(versions.get(0).version());
			}
			Manifest served = versions.get(0);
			for (Manifest.Entry entry : served.files()) {
				HttpResponse<byte[]> response = server
					.sendForBytes(HttpRequest.newBuilder(server.uri("/dumps/latest/" + entry.name())).GET());
				assertThat(response.statusCode()).isEqualTo(302);
				String location = response.headers().firstValue("Location").orElseThrow();
				byte[] body = server.sendForBytes(HttpRequest.newBuilder(server.uri(location)).GET()).body();
				assertThat(body).hasSize((int) entry.bytes());
				assertThat(java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body)))
					.isEqualTo(entry.sha256());
			}
			assertThat(DumpData.gunzip(server
				.sendForBytes(HttpRequest.newBuilder(server.uri("/dumps/" + served.version() + "/agora.nq.gz")).GET())
				.body())).isNotEmpty();
		}
	}

	@Test
	void automaticDumps_followTheStoreOnceItIsQuietForTheDebounce() throws Exception {
		try (TestServer server = TestServer.start(this.work.resolve("tdb2"), "agora.dumps.debounce=300ms")) {
			Dumps dumps = server.bean(Dumps.class);
			Manifest first = awaitVersion(dumps, null, Duration.ofSeconds(30));
			DumpData.seed(server.dataset(), 10);
			Manifest second = awaitVersion(dumps, first.version(), Duration.ofSeconds(30));
			assertThat(second.quads()).isGreaterThan(first.quads());
			assertThat(second.storeVersion())
				.isEqualTo(server.bean(org.w3id.agora.store.StoreState.class).version().number());
			Thread.sleep(1_000);
			assertThat(dumps.store().latest().orElseThrow().version()).as("no dump while the store is unchanged")
				.isEqualTo(second.version());
		}
	}

	static Manifest awaitVersion(Dumps dumps, String after, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			java.util.Optional<Manifest> latest = dumps.store().latest();
			if (latest.isPresent() && !latest.get().version().equals(after)) {
				return latest.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No new automatic dump within " + timeout);
	}

	/** Every named graph of the store, as it is now, less the seeded private data. */
	static Map<Node, Graph> snapshot(DatasetGraph dataset) {
		return Txn.calculateRead(dataset, () -> {
			Map<Node, Graph> graphs = new HashMap<>();
			Iter.forEach(dataset.listGraphNodes(), (graph) -> graphs.put(graph, DumpData.expected(dataset, graph)));
			return graphs;
		});
	}

	static Path awaitIncoming(Path dumps, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.isDirectory(dumps)) {
				try (Stream<Path> entries = Files.list(dumps)) {
					Path found = entries.filter((entry) -> entry.getFileName().toString().startsWith(".incoming-"))
						.findFirst()
						.orElse(null);
					if (found != null) {
						return found;
					}
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("No dump started within " + timeout);
	}

	String log(String name) throws IOException {
		return Files.readString(this.work.resolve(name));
	}

}
