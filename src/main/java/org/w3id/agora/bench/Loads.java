package org.w3id.agora.bench;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.store.Loader;

/**
 * One bulk load of a file into a fresh TDB2 store, either with Agora's {@link Loader}
 * (what {@code agora.jar load} runs) or the stock way ({@code tdb2.tdbloader}: Jena's
 * default {@link LoaderFactory#createLoader} over the file). The store is released
 * afterwards.
 */
final class Loads {

	/** What one load did. */
	record Load(long triples, double seconds) {

		double rate() {
			return this.triples / Math.max(this.seconds, 1e-9);
		}

	}

	private static final MonitorOutput QUIET = (format, args) -> {
	};

	private Loads() {
	}

	static Load ours(Path file, Path store, AgoraProperties agora, String graph) {
		DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
		try {
			Loader.Result result = new Loader(dataset, new GraphNames(agora), agora).load(List.of(file), graph, false,
					Loader.Kind.PHASED, QUIET);
			return new Load(result.triples(), result.seconds());
		}
		finally {
			TDBInternal.expel(dataset);
		}
	}

	static Load stock(Path file, Path store, Node graph) {
		DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
		try {
			long start = System.nanoTime();
			DataLoader loader = LoaderFactory.createLoader(dataset, graph, QUIET);
			loader.startBulk();
			try {
				loader.load(file.toString());
				loader.finishBulk();
			}
			catch (RuntimeException ex) {
				loader.finishException(ex);
				throw ex;
			}
			return new Load(loader.countTriples() + loader.countQuads(), (System.nanoTime() - start) / 1e9);
		}
		finally {
			TDBInternal.expel(dataset);
		}
	}

}
