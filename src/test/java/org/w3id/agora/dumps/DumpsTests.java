package org.w3id.agora.dumps;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.Rdf;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dumps over real HTTP: one server, data seeded with private and public personal data
 * and a partner graph, one dump made through {@code POST /dumps}.
 */
class DumpsTests {

	static final String TOKEN = "test-admin-token";

	static final SimpleValueFactory VF = SimpleValueFactory.getInstance();

	@TempDir
	static Path work;

	static TestServer server;

	/** The latest manifest, as served. */
	static String version;

	@BeforeAll
	static void start() {
		server = TestServer.start(work.resolve("tdb2"), "agora.dumps.auto=false", "agora.dumps.admin-token=" + TOKEN,
				"agora.dumps.keep=2");
		DumpData.seed(server.dataset(), 2_000);
		HttpResponse<String> created = server.send(post(TOKEN));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		version = location.split("/")[2];
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static HttpRequest.Builder post(String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/dumps"))
			.POST(HttpRequest.BodyPublishers.noBody());
		return (token != null) ? request.header("Authorization", "Bearer " + token) : request;
	}

	static HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return server.sendForBytes(request);
	}

	static byte[] file(String name) {
		HttpResponse<byte[]> response = get("/dumps/" + version + "/" + name);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@Test
	void quadFormats_roundTripToTheStoreGraphByGraph() {
		for (String name : List.of("agora.nq.gz", "agora.trig.gz", "agora.jsonld.gz")) {
			String mediaType = RdfMediaTypes.forFile(name);
			Model dump = Rdf.parseWithRio(DumpData.gunzip(file(name)), mediaType, DumpData.BASE);
			DatasetGraph dataset = server.dataset();
			Txn.executeRead(dataset, () -> {
				List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(dataset.listGraphNodes());
				assertThat(dump.contexts()).as(name).hasSize(graphs.size());
				for (Node graph : graphs) {
					Model expected = Rdf.toRio(DumpData.expected(dataset, graph));
					Model actual = withoutContext(dump.filter(null, null, null, VF.createIRI(graph.getURI())));
					assertThat(Rdf.isomorphic(expected, actual)).as(name + " graph " + graph).isTrue();
				}
			});
		}
	}

	@Test
	void tripleFormats_roundTripToTheUnionOfTheGraphs() {
		for (String name : List.of("agora.nt.gz", "agora.ttl.gz")) {
			Model dump = Rdf.parseWithRio(DumpData.gunzip(file(name)), RdfMediaTypes.forFile(name), DumpData.BASE);
			DatasetGraph dataset = server.dataset();
			Model expected = Txn.calculateRead(dataset, () -> Rdf.toRio(DumpData.expected(dataset, null)));
			assertThat(Rdf.isomorphic(expected, dump)).as(name).isTrue();
		}
	}

	@Test
	void tripleFormats_holdEachTripleOnce_evenWhenSeveralGraphsHoldIt() {
		DatasetGraph dataset = server.dataset();
		long distinct = Txn.calculateRead(dataset,
				() -> dataset.stream().map((quad) -> quad.asTriple()).distinct().count());
		long privateOnes = DumpData.PRIVATE_VALUES.size();
		String ntriples = DumpData.text(DumpData.gunzip(file("agora.nt.gz")));
		long lines = ntriples.lines().filter((line) -> !line.isBlank()).count();
		assertThat(lines).isEqualTo(distinct - privateOnes);
		assertThat(ntriples.lines().distinct().count()).isEqualTo(ntriples.lines().count());
	}

	@Test
	void graphFiles_eachHoldsItsGraph() {
		DatasetGraph dataset = server.dataset();
		Map<String, String> files = new TreeMap<>(Map.of("graph-curated.nq.gz", DumpData.BASE + "graph/curated",
				"graph-ontology.nq.gz", DumpData.BASE + "graph/ontology", "graph-sources.nq.gz",
				DumpData.BASE + "graph/sources", "graph-source-test-partner.nq.gz", DumpData.PARTNER));
		files.forEach((name, graph) -> {
			Model dump = Rdf.parseWithRio(DumpData.gunzip(file(name)), "application/n-quads", DumpData.BASE);
			assertThat(dump.contexts()).containsExactly(VF.createIRI(graph));
			Model expected = Txn.calculateRead(dataset,
					() -> Rdf.toRio(DumpData.expected(dataset, NodeFactory.createURI(graph))));
			assertThat(Rdf.isomorphic(expected, withoutContext(dump))).as(name).isTrue();
		});
	}

	@Test
	void noDump_holdsPersonalDataOfPeopleWithoutConsent() {
		Graph catalogue = catalogue();
		List<String> urls = objects(catalogue, "http://www.w3.org/ns/dcat#downloadURL");
		assertThat(urls).hasSize(9);
		for (String url : urls) {
			String text = DumpData.text(DumpData.gunzip(get(URI.create(url).getPath()).body()));
			for (String value : DumpData.PRIVATE_VALUES) {
				assertThat(text).as(url).doesNotContain(value);
			}
		}
		String all = DumpData.text(DumpData.gunzip(file("agora.nq.gz")));
		DumpData.PUBLIC_VALUES.forEach((value) -> assertThat(all).contains(value));
	}

	@Test
	void catalogue_checksumsAndSizes_matchTheBytesServed() throws Exception {
		Graph catalogue = catalogue();
		List<String> urls = objects(catalogue, "http://www.w3.org/ns/dcat#downloadURL");
		for (String url : urls) {
			Node distribution = catalogue
				.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#downloadURL"),
						NodeFactory.createURI(url))
				.next()
				.getSubject();
			long size = Long.parseLong(value(catalogue, distribution, "http://www.w3.org/ns/dcat#byteSize"));
			Node checksum = catalogue
				.find(distribution, NodeFactory.createURI("http://spdx.org/rdf/terms#checksum"), Node.ANY)
				.next()
				.getObject();
			String sha256 = value(catalogue, checksum, "http://spdx.org/rdf/terms#checksumValue");
			HttpResponse<byte[]> response = get(URI.create(url).getPath());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).hasSize((int) size);
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()))).as(url)
				.isEqualTo(sha256);
			assertThat(response.headers().firstValue("Content-Length")).hasValue(Long.toString(size));
			assertThat(response.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
			assertThat(response.headers().firstValue("Last-Modified")).isPresent();
			assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
			assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
				.contains("filename=\"agora-" + version);
			assertThat(response.headers().firstValue("Link").orElseThrow()).contains("rel=\"license\"")
				.contains("rel=\"describedby\"");
		}
	}

	@Test
	void rangeRequests_reassembleTheWholeFile() {
		byte[] whole = file("agora.nq.gz");
		int n = whole.length;
		assertThat(n).isGreaterThan(1000);
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		List<String> ranges = List.of("bytes=0-99", "bytes=100-" + (n / 2), "bytes=" + (n / 2 + 1) + "-" + (n - 11),
				"bytes=-10");
		for (String range : ranges) {
			HttpResponse<byte[]> part = get("/dumps/" + version + "/agora.nq.gz", "Range", range);
			assertThat(part.statusCode()).as(range).isEqualTo(206);
			assertThat(part.headers().firstValue("Content-Range").orElseThrow()).endsWith("/" + n);
			assertThat(part.headers().firstValue("Content-Length")).hasValue(Integer.toString(part.body().length));
			joined.writeBytes(part.body());
		}
		assertThat(joined.toByteArray()).isEqualTo(whole);
	}

	@Test
	void range_beyondTheEnd_returns416WithTheLength() {
		int n = file("agora.nq.gz").length;
		HttpResponse<byte[]> response = get("/dumps/" + version + "/agora.nq.gz", "Range", "bytes=" + n + "-");
		assertThat(response.statusCode()).isEqualTo(416);
		assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + n);
	}

	@Test
	void range_withAStaleIfRange_returnsTheWholeFile() {
		int n = file("agora.nq.gz").length;
		HttpResponse<byte[]> response = get("/dumps/" + version + "/agora.nq.gz", "Range", "bytes=0-9", "If-Range",
				"\"stale\"");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).hasSize(n);
	}

	@Test
	void ifNoneMatch_withTheETag_returns304() {
		String etag = get("/dumps/" + version + "/agora.ttl.gz").headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> response = get("/dumps/" + version + "/agora.ttl.gz", "If-None-Match", etag);
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void latest_redirectsToTheNewestVersion() {
		HttpResponse<byte[]> response = get("/dumps/latest/agora.nt.gz");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/dumps/" + version + "/agora.nt.gz");
	}

	@Test
	void unknownVersionOrFile_returns404NamingIt() {
		HttpResponse<byte[]> version404 = get("/dumps/2001-01-01T000000.000Z/agora.nq.gz");
		assertThat(version404.statusCode()).isEqualTo(404);
		assertThat(DumpData.text(version404.body())).contains("No dump version '2001-01-01T000000.000Z'");
		HttpResponse<byte[]> file404 = get("/dumps/" + version + "/passwd");
		assertThat(file404.statusCode()).isEqualTo(404);
		assertThat(DumpData.text(file404.body())).contains("no file 'passwd'");
		assertThat(get("/dumps/..%2F..%2Ftdb2/x").statusCode()).isIn(400, 404);
		assertThat(get("/dumps/latest/passwd").statusCode()).isEqualTo(404);
	}

	@Test
	void post_withoutOrWithAWrongToken_returns401AndMakesNoDump() {
		int before = server.bean(Dumps.class).store().versions().size();
		HttpResponse<String> anonymous = server.send(post(null));
		HttpResponse<String> wrong = server.send(post("not-the-token"));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(wrong.body()).contains("bearer token");
		assertThat(server.bean(Dumps.class).store().versions()).hasSize(before);
	}

	@Test
	void catalogue_withoutAccept_isAnHtmlPageInFrenchAndEnglish() {
		HttpResponse<byte[]> response = get("/dumps", "Accept", "text/html,*/*;q=0.8");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
		String html = DumpData.text(response.body());
		assertThat(html).contains("Données ouvertes d'Agora")
			.contains("Agora open data")
			.contains("agora.nq.gz")
			.contains("CC BY-SA 4.0")
			.contains("consent");
	}

	@Test
	void catalogue_inEveryRdfSyntax_parsesToTheSameGraph() {
		Model turtle = null;
		for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
				"application/n-quads", "application/trig")) {
			HttpResponse<byte[]> response = get("/dumps", "Accept", type);
			assertThat(response.statusCode()).as(type).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
			Model model = withoutContext(Rdf.parseWithRio(response.body(), type, DumpData.BASE));
			if (turtle == null) {
				turtle = model;
			}
			assertThat(Rdf.isomorphic(turtle, model)).as(type).isTrue();
		}
	}

	@Test
	void catalogue_unacceptableAccept_returns406ListingTheFormats() {
		HttpResponse<byte[]> response = get("/dumps", "Accept", "image/png");
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(DumpData.text(response.body())).contains("text/html").contains("text/turtle");
	}

	@Test
	void catalogue_describesDatasetLicenceServiceAndPrivacy() {
		Graph catalogue = catalogue();
		String dcat = "http://www.w3.org/ns/dcat#";
		assertThat(objects(catalogue, dcat + "endpointURL")).containsExactly(DumpData.BASE + "sparql");
		assertThat(objects(catalogue, "http://purl.org/dc/terms/license"))
			.contains("https://creativecommons.org/licenses/by-sa/4.0/");
		assertThat(objects(catalogue, "http://purl.org/dc/terms/bibliographicCitation").toString())
			.contains("CC BY-SA 4.0");
		assertThat(objects(catalogue, dcat + "version")).containsExactly(version);
		assertThat(objects(catalogue, dcat + "mediaType")).contains(
				"https://www.iana.org/assignments/media-types/application/n-quads",
				"https://www.iana.org/assignments/media-types/application/ld+json");
		assertThat(objects(catalogue, "http://www.w3.org/2000/01/rdf-schema#label").toString()).contains("consentement")
			.contains("consent");
	}

	@Test
	void void_describesDumpsEndpointVocabulariesAndPartnerLinksets() {
		HttpResponse<byte[]> response = get("/.well-known/void", "Accept", "text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		Graph description = GraphFactory.createDefaultGraph();
		RDFParser.fromString(DumpData.text(response.body()), Lang.TURTLE).parse(description);
		String voidNs = "http://rdfs.org/ns/void#";
		assertThat(objects(description, voidNs + "dataDump")).hasSize(9);
		assertThat(objects(description, voidNs + "sparqlEndpoint")).containsExactly(DumpData.BASE + "sparql");
		assertThat(objects(description, voidNs + "vocabulary")).contains("https://w3id.org/agora/ns#");
		assertThat(objects(description, voidNs + "triples")).isNotEmpty();
		assertThat(objects(description, voidNs + "target")).contains(DumpData.PARTNER);
	}

	@Test
	void post_keepsOnlyTheConfiguredNumberOfVersions() {
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> created = server.send(post(TOKEN));
			assertThat(created.statusCode()).isEqualTo(201);
			made.add(created.headers().firstValue("Location").orElseThrow().split("/")[2]);
		}
		List<String> kept = server.bean(Dumps.class).store().versions().stream().map(Manifest::version).toList();
		assertThat(kept).containsExactly(made.get(1), made.get(0));
		version = made.get(1);
		assertThat(get("/dumps/latest/agora.nq.gz").headers().firstValue("Location").orElseThrow())
			.contains(made.get(1));
	}

	@Test
	void catalogue_conformsToTheCatalogueShapes() {
		ValidationReport report = ShaclValidator.get().validate(catalogueShapes(), catalogue());
		assertThat(report.getEntries()).as(() -> report.getEntries().toString()).isEmpty();
		assertThat(report.conforms()).isTrue();
	}

	@Test
	void catalogueShapes_catchADistributionWithoutChecksumOrWithATextSize() {
		Graph broken = catalogue();
		Node checksum = NodeFactory.createURI("http://spdx.org/rdf/terms#checksum");
		Node byteSize = NodeFactory.createURI("http://www.w3.org/ns/dcat#byteSize");
		org.apache.jena.graph.Triple first = broken.find(Node.ANY, checksum, Node.ANY).next();
		broken.delete(first);
		org.apache.jena.graph.Triple size = broken.find(Node.ANY, byteSize, Node.ANY).next();
		broken.delete(size);
		broken.add(size.getSubject(), byteSize, NodeFactory.createLiteralString("12 Mo"));

		ValidationReport report = ShaclValidator.get().validate(catalogueShapes(), broken);

		assertThat(report.conforms()).isFalse();
		assertThat(report.getEntries()).anySatisfy((entry) -> {
			assertThat(entry.focusNode()).isEqualTo(first.getSubject());
			assertThat(entry.resultPath().toString()).contains("checksum");
		});
		assertThat(report.getEntries()).anySatisfy((entry) -> {
			assertThat(entry.focusNode()).isEqualTo(size.getSubject());
			assertThat(entry.resultPath().toString()).contains("byteSize");
		});
	}

	static Shapes catalogueShapes() {
		Graph shapes = GraphFactory.createDefaultGraph();
		try (InputStream in = DumpsTests.class.getClassLoader().getResourceAsStream("shapes/catalogue/catalogue.ttl")) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return Shapes.parse(shapes);
	}

	static Graph catalogue() {
		HttpResponse<byte[]> response = get("/dumps", "Accept", "text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(DumpData.text(response.body()), Lang.TURTLE).parse(graph);
		return graph;
	}

	static List<String> objects(Graph graph, String predicate) {
		return graph.find(Node.ANY, NodeFactory.createURI(predicate), Node.ANY)
			.mapWith((triple) -> triple.getObject().isLiteral() ? triple.getObject().getLiteralLexicalForm()
					: triple.getObject().toString())
			.toList();
	}

	static String value(Graph graph, Node subject, String predicate) {
		return graph.find(subject, NodeFactory.createURI(predicate), Node.ANY)
			.next()
			.getObject()
			.getLiteralLexicalForm();
	}

	static Model withoutContext(Model model) {
		Model plain = new LinkedHashModel();
		model.forEach((st) -> plain.add(st.getSubject(), st.getPredicate(), st.getObject()));
		return plain;
	}

	/** The media type of a dump file's content, from its name. */
	static final class RdfMediaTypes {

		static String forFile(String name) {
			String extension = name.replace(".gz", "").substring(name.indexOf('.') + 1);
			return org.w3id.agora.web.RdfFormat.byExtension(extension).orElseThrow().mediaType().toString();
		}

	}

}
