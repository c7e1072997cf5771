package org.w3id.agora.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.G;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.springframework.core.io.Resource;

/**
 * The services and the dataset declared in the Fuseki configuration file, as Fuseki's
 * configuration reader builds them. Agora serves exactly one dataset; the file may
 * declare it once and mount it under any service names.
 */
public final class FusekiServices implements AutoCloseable {

	static {
		JenaSystem.init();
	}

	private final List<DataAccessPoint> accessPoints;

	private final DatasetGraph dataset;

	private FusekiServices(List<DataAccessPoint> accessPoints, DatasetGraph dataset) {
		this.accessPoints = List.copyOf(accessPoints);
		this.dataset = dataset;
	}

	/**
	 * Reads the configuration file, places the TDB2 store in {@code storeDirectory} and
	 * sets the query timeout on the dataset.
	 */
	public static FusekiServices open(Resource config, Path storeDirectory, Duration queryTimeout) {
		Graph graph = parse(config);
		relocateStores(graph, storeDirectory);
		List<DataAccessPoint> points = FusekiConfig.processServerConfiguration(graph, new Context());
		if (points.isEmpty()) {
			throw new IllegalStateException("Fuseki configuration " + describe(config) + " declares no service");
		}
		Set<DatasetGraph> datasets = new LinkedHashSet<>();
		points.forEach((point) -> datasets.add(point.getDataService().getDataset()));
		if (datasets.size() != 1) {
			throw new IllegalStateException("Fuseki configuration " + describe(config)
					+ " must declare exactly one dataset for Agora, found " + datasets.size());
		}
		DatasetGraph dataset = datasets.iterator().next();
		if (!TDBInternal.isTDB2(dataset)) {
			throw new IllegalStateException(
					"Fuseki configuration " + describe(config) + " must declare a tdb2:DatasetTDB2");
		}
		dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
		return new FusekiServices(points, dataset);
	}

	private static Graph parse(Resource config) {
		try (InputStream in = config.getInputStream()) {
			return RDFParser.source(in).lang(Lang.TURTLE).base(config.getURI().toString()).toGraph();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Fuseki configuration " + describe(config), ex);
		}
	}

	/**
	 * The store directory is a deployment setting, so it replaces every tdb2:location of
	 * the file.
	 */
	private static void relocateStores(Graph graph, Path storeDirectory) {
		Node location = NodeFactory.createLiteralString(storeDirectory.toAbsolutePath().normalize().toString());
		// Every node with a tdb2:location is a store, whatever its declared type
		// (tdb2:DatasetTDB2, tdb2:DatasetTDB, or a graph).
		List<Node> stores = new ArrayList<>();
		G.find(graph, null, VocabTDB2.pLocation.asNode(), null).forEach((t) -> stores.add(t.getSubject()));
		for (Node store : stores) {
			graph.remove(store, VocabTDB2.pLocation.asNode(), Node.ANY);
			graph.add(store, VocabTDB2.pLocation.asNode(), location);
		}
	}

	private static String describe(Resource config) {
		return config.getDescription();
	}

	/** The data access points (a name and its services), in file order. */
	public List<DataAccessPoint> accessPoints() {
		return this.accessPoints;
	}

	/** The one dataset every service of the file works on. */
	public DatasetGraph dataset() {
		return this.dataset;
	}

	/**
	 * The request paths of every named endpoint, e.g. {@code /sparql}, {@code /update},
	 * {@code /data}.
	 */
	public Set<String> endpointPaths() {
		Set<String> paths = new LinkedHashSet<>();
		for (DataAccessPoint point : this.accessPoints) {
			String prefix = point.getName().equals("/") ? "" : point.getName();
			point.getDataService().forEachEndpoint((endpoint) -> {
				if (!endpoint.getName().isEmpty()) {
					paths.add(prefix + "/" + endpoint.getName());
				}
			});
		}
		return paths;
	}

	/** Releases the store so that another process (or a later start) can open it. */
	@Override
	public void close() {
		// Shutting a service down closes its dataset and releases the store directory.
		this.accessPoints.forEach((point) -> point.getDataService().shutdown());
	}

}
