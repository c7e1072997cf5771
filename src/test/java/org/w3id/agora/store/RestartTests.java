package org.w3id.agora.store;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.StoreProbe;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store outlives the process: a restart keeps the data and does not load the bundle
 * again.
 */
class RestartTests {

	@TempDir
	Path store;

	@Test
	void restartOverTheSameStore_keepsTheDataAndDoesNotLoadTheBundleAgain() {
		Node curated = NodeFactory.createURI(TestServer.BASE + "graph/curated");
		Node marker = NodeFactory.createURI("urn:agora:test:edited-after-first-start");
		StoreProbe beforeRestart;
		List<Node> loadTimes;
		try (TestServer first = TestServer.start(this.store)) {
			DatasetGraph dataset = first.dataset();
			// An edit made after the first start: reloading the bundle would erase it.
			Txn.executeWrite(dataset, () -> dataset.add(curated, marker, marker, marker));
			beforeRestart = StoreProbe.of(dataset);
			loadTimes = loadTimes(dataset);
			assertThat(loadTimes).hasSize(2);
		}
		// The store lives in the configured directory (TDB2 keeps its data in Data-NNNN).
		assertThat(this.store.resolve("Data-0001")).isDirectory();

		try (TestServer second = TestServer.start(this.store)) {
			DatasetGraph dataset = second.dataset();

			assertThat(StoreProbe.of(dataset)).isEqualTo(beforeRestart);
			assertThat(loadTimes(dataset)).isEqualTo(loadTimes);
			assertThat(Txn.calculateRead(dataset, () -> dataset.contains(curated, marker, marker, marker))).isTrue();
			assertThat(second.bean(BundleLoader.class).load()).isEmpty();
		}
	}

	private static List<Node> loadTimes(DatasetGraph dataset) {
		Node sources = NodeFactory.createURI(TestServer.BASE + "graph/sources");
		return Txn.calculateRead(dataset,
				() -> dataset.stream(sources, Node.ANY, DCTerms.modified.asNode(), Node.ANY)
					.map((quad) -> quad.getObject())
					.sorted((a, b) -> a.toString().compareTo(b.toString()))
					.toList());
	}

}
