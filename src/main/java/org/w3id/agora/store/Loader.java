package org.w3id.agora.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.ProgressMonitor;
import org.apache.jena.system.progress.ProgressMonitorFactory;
import org.apache.jena.system.progress.ProgressStreamRDF;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.springframework.stereotype.Component;
import org.w3id.agora.AgoraProperties;

/**
 * Bulk loading of files into one named graph with TDB2's loaders, relative IRIs resolved
 * against Agora's base, and progress reported as it goes. A failure (a syntax error at
 * the last byte, say) aborts the load: the graph keeps what it held before.
 */
@Component
public class Loader {

	/** Progress lines every this many triples. */
	private static final int TICK = 100_000;

	/** The TDB2 loader algorithms (see {@link LoaderFactory}). */
	public enum Kind {

		BASIC, SEQUENTIAL, PHASED, PARALLEL;

		public static Kind of(String name) {
			try {
				return valueOf(name.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"unknown loader '" + name + "' (known: basic, sequential, phased, parallel)");
			}
		}

	}

	/** A file that does not parse; nothing of the load it belonged to was kept. */
	public static final class RejectedFileException extends RuntimeException {

		RejectedFileException(Path file, String problem) {
			super(file + ": " + problem);
		}

	}

	/** What a load did. */
	public record Result(String graph, long triples, double seconds, long graphSize) {
	}

	private final DatasetGraph dataset;

	private final GraphNames graphs;

	private final AgoraProperties agora;

	public Loader(DatasetGraph dataset, GraphNames graphs, AgoraProperties agora) {
		this.dataset = dataset;
		this.graphs = graphs;
		this.agora = agora;
	}

	/**
	 * Loads the files into the graph.
	 * @param graph the target graph, relative to the base or absolute
	 * @param replace whether the graph is emptied first; the emptying and the load are
	 * then one transaction, which only the basic loader offers, so {@code replace} uses
	 * it
	 */
	public Result load(List<Path> files, String graph, boolean replace, Kind kind, MonitorOutput progress) {
		Node graphName = this.graphs.graph(graph);
		Kind used = replace ? Kind.BASIC : kind;
		DataLoader loader = create(used, graphName, progress);
		long start = System.nanoTime();
		loader.startBulk();
		try {
			if (replace) {
				// The basic loader holds the write transaction on this thread: the clear
				// joins it.
				this.dataset.getGraph(graphName).clear();
			}
			for (Path file : files) {
				ProgressMonitor monitor = ProgressMonitorFactory.progressMonitor(file.getFileName().toString(),
						progress, TICK, 10);
				StreamRDF sink = new ProgressStreamRDF(loader.stream(), monitor);
				monitor.start();
				sink.start();
				try {
					RDFParser.source(file).base(this.agora.base()).parse(sink);
				}
				catch (RiotException ex) {
					throw new RejectedFileException(file, ex.getMessage());
				}
				sink.finish();
				monitor.finish();
			}
			loader.finishBulk();
		}
		catch (RuntimeException ex) {
			loader.finishException(ex);
			throw ex;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long size = Txn.calculateRead(this.dataset, () -> this.dataset.getGraph(graphName).size());
		return new Result(graphName.getURI(), loader.countTriples() + loader.countQuads(), seconds, size);
	}

	private DataLoader create(Kind kind, Node graphName, MonitorOutput progress) {
		return switch (kind) {
			case BASIC -> LoaderFactory.basicLoader(this.dataset, graphName, progress);
			case SEQUENTIAL -> LoaderFactory.sequentialLoader(this.dataset, graphName, progress);
			case PHASED -> LoaderFactory.phasedLoader(this.dataset, graphName, progress);
			case PARALLEL -> LoaderFactory.parallelLoader(this.dataset, graphName, progress);
		};
	}

}
