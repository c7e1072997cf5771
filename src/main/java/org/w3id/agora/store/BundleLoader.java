package org.w3id.agora.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.store.BundleProperties.Policy;
import org.w3id.agora.store.BundleProperties.Source;
import org.w3id.agora.vocab.Spdx;
import org.w3id.agora.vocab.VoID;

/**
 * Loads the bundled sources before the server answers: on first start every source, later
 * only the {@link Policy#SYNC} sources whose files changed. Everything that has to be
 * loaded is loaded in one write transaction, so a bad file leaves the store as it was.
 * What each source graph holds (title, licence, SHA-256 of its files, triple count, time
 * of load) is recorded in {@code graph/sources}.
 */
@Component
public class BundleLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(BundleLoader.class);

	private final DatasetGraph dataset;

	private final BundleProperties bundle;

	private final GraphNames graphs;

	private final AgoraProperties agora;

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	public BundleLoader(DatasetGraph dataset, BundleProperties bundle, GraphNames graphs, AgoraProperties agora) {
		this.dataset = dataset;
		this.bundle = bundle;
		this.graphs = graphs;
		this.agora = agora;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	/** The sources loaded by the last call, for logs and tests. */
	public List<String> load() {
		List<Bundled> bundled = this.bundle.sources().stream().map(this::read).toList();
		List<Bundled> due = Txn.calculateRead(this.dataset, () -> bundled.stream().filter(this::isDue).toList());
		if (due.isEmpty()) {
			logger.info("Bundled sources already in the store; nothing to load");
			return List.of();
		}
		Txn.executeWrite(this.dataset, () -> due.forEach(this::replace));
		due.forEach((source) -> logger.info("Loaded bundled source " + source.graph().getURI() + " ("
				+ source.files().size() + " files, sha256 " + source.sha256() + ")"));
		return due.stream().map((source) -> source.graph().getURI()).toList();
	}

	private boolean isDue(Bundled source) {
		String recorded = recordedChecksum(source.graph());
		if (recorded == null) {
			return true;
		}
		return source.source().policy() == Policy.SYNC && !recorded.equals(source.sha256());
	}

	private String recordedChecksum(Node graph) {
		Graph sources = this.dataset.getGraph(this.graphs.sources());
		Node checksum = G.getZeroOrOneSP(sources, graph, Spdx.checksum.asNode());
		if (checksum == null) {
			return null;
		}
		Node value = G.getZeroOrOneSP(sources, checksum, Spdx.checksumValue.asNode());
		return (value != null) ? value.getLiteralLexicalForm() : null;
	}

	private void replace(Bundled source) {
		Graph target = this.dataset.getGraph(source.graph());
		target.clear();
		for (Resource file : source.files()) {
			parseInto(file, target);
		}
		describe(source, target.size());
	}

	private void parseInto(Resource file, Graph target) {
		Lang lang = RDFLanguages.filenameToLang(file.getFilename(), Lang.TURTLE);
		try (InputStream in = file.getInputStream()) {
			RDFParser.source(in).lang(lang).base(this.agora.base()).parse(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bundled file " + file.getDescription(), ex);
		}
		catch (RiotException ex) {
			throw new IllegalStateException("Bundled file " + file.getDescription() + " is not valid " + lang.getLabel()
					+ ": " + ex.getMessage(), ex);
		}
	}

	/** Records what the source graph holds, replacing the previous record. */
	private void describe(Bundled bundled, long triples) {
		Graph sources = this.dataset.getGraph(this.graphs.sources());
		Node graph = bundled.graph();
		G.find(sources, graph, Spdx.checksum.asNode(), Node.ANY)
			.toList()
			.forEach((t) -> sources.remove(t.getObject(), Node.ANY, Node.ANY)); // closure
																				// of the
																				// checksum
		sources.remove(graph, Node.ANY, Node.ANY);
		Source source = bundled.source();
		sources.add(graph, RDF.Nodes.type, DCAT.Dataset.asNode());
		sources.add(graph, RDF.Nodes.type, VoID.Dataset.asNode());
		sources.add(graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang(source.titleFr(), "fr"));
		sources.add(graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang(source.titleEn(), "en"));
		sources.add(graph, DCTerms.license.asNode(), NodeFactory.createURI(source.license().toString()));
		sources.add(graph, DCTerms.modified.asNode(),
				NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
		sources.add(graph, VoID.triples.asNode(),
				NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
		Node checksum = NodeFactory.createBlankNode();
		sources.add(graph, Spdx.checksum.asNode(), checksum);
		sources.add(checksum, RDF.Nodes.type, Spdx.Checksum.asNode());
		sources.add(checksum, Spdx.algorithm.asNode(), Spdx.checksumAlgorithm_sha256.asNode());
		sources.add(checksum, Spdx.checksumValue.asNode(), NodeFactory.createLiteralString(bundled.sha256()));
	}

	private Bundled read(Source source) {
		try {
			Resource[] found = this.resolver.getResources(source.files());
			List<Resource> files = new ArrayList<>(Arrays.asList(found));
			files.removeIf((file) -> !file.isReadable());
			files.sort(Comparator.comparing(Resource::getFilename));
			if (files.isEmpty()) {
				throw new IllegalStateException(
						"Bundled source " + source.graph() + ": no file matches " + source.files());
			}
			return new Bundled(source, this.graphs.graph(source.graph()), files, sha256(files));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list bundled files " + source.files(), ex);
		}
	}

	/** SHA-256 over the names and contents of the files, in name order. */
	private static String sha256(List<Resource> files) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource file : files) {
				digest.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = file.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	private record Bundled(Source source, Node graph, List<Resource> files, String sha256) {
	}

}
