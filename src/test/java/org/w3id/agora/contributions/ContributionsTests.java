package org.w3id.agora.contributions;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesCounter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.Rdf;
import org.w3id.agora.support.StoreProbe;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The happy paths of the guarded write path, on the real server: contributions created,
 * replaced, patched and deleted; each recorded in PROV-O and in the RDF Patch log; and
 * reports in the negotiated form and language.
 */
class ContributionsTests {

	static final String BASE = TestServer.BASE;

	@TempDir
	static Path dir;

	static WriteFixture fixture;

	@BeforeAll
	static void start() {
		fixture = new WriteFixture(dir);
	}

	@AfterAll
	static void stop() {
		fixture.close();
	}

	private static DatasetGraph store() {
		return fixture.server.dataset();
	}

	private static boolean holds(String subject, String predicate) {
		Node s = NodeFactory.createURI(BASE + subject);
		Node p = NodeFactory.createURI(predicate);
		return Txn.calculateRead(store(), () -> store().find(Node.ANY, s, p, Node.ANY).hasNext());
	}

	@Test
	void post_conformingInitiative_returns201WithLocationAndStoresIt() {
		HttpResponse<String> response = fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("a1"), fixture.contributor));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue(BASE + "id/initiative/a1");
		// A recommendation (sh:Warning) is reported, and does not block the write.
		assertThat(response.body()).contains("\"severity\":\"Warning\"", "Une initiative devrait être décrite");
		assertThat(holds("id/initiative/a1", RDFS.label.getURI())).isTrue();
		assertThat(holds("id/organisation/a1", RDFS.label.getURI())).isTrue();
	}

	@Test
	void post_acceptedChange_isRecordedInProvenanceAndInThePatchLog() {
		long before = fixture.server.bean(ChangeLog.class).last();
		HttpResponse<String> response = fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("p1"), fixture.curator));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

		String history = """
				PREFIX prov: <http://www.w3.org/ns/prov#>
				SELECT ?activity ?agent ?plan ?time WHERE {
				  GRAPH <%1$sgraph/provenance> {
				    <%1$sid/initiative/p1> prov:wasGeneratedBy ?activity .
				    ?activity prov:wasAssociatedWith ?agent ; prov:endedAtTime ?time ;
				              prov:qualifiedAssociation [ prov:hadPlan ?plan ] .
				  }
				}""".formatted(BASE);
		List<QuerySolution> rows = Txn.calculateRead(store(), () -> {
			try (QueryExecution exec = QueryExecution.create(history,
					org.apache.jena.query.DatasetFactory.wrap(store()))) {
				ResultSet results = exec.execSelect();
				List<QuerySolution> list = new java.util.ArrayList<>();
				results.forEachRemaining(list::add);
				return list;
			}
		});
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getResource("agent").getURI()).isEqualTo("https://example.org/people/curator");
		assertThat(rows.get(0).getResource("plan").getURI()).endsWith("/write-method/api");

		ChangeLog log = fixture.server.bean(ChangeLog.class);
		assertThat(log.last()).isEqualTo(before + 1);
		RDFPatch patch = log.read(log.last()).orElseThrow();
		RDFChangesCounter counter = new RDFChangesCounter();
		patch.apply(counter);
		// 5 triples of data, the rest provenance.
		assertThat(counter.summary().countAddData).isGreaterThan(5);
		assertThat(patch.header().get("activity").getURI()).isEqualTo(rows.get(0).getResource("activity").getURI());
		if (before > 0) {
			assertThat(patch.getPrevious()).isEqualTo(log.read(before).orElseThrow().getId());
		}
	}

	@Test
	void put_existingResource_replacesItsDescription() {
		fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("r1"), fixture.curator));
		String replacement = WriteFixture.PREFIXES + """
				<id/initiative/r1> a agora:Initiative ; rdfs:label "Nouveau nom"@fr .
				""";
		HttpResponse<String> response = fixture.server
			.send(fixture.send("PUT", "/id/initiative/r1", "text/turtle", replacement, fixture.curator));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(holds("id/initiative/r1", "http://example.org/test#carriedBy")).isFalse();
		assertThat(holds("id/initiative/r1", RDFS.label.getURI())).isTrue();
	}

	@Test
	void delete_existingResource_removesItAndRecordsTheInvalidation() {
		fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("d1"), fixture.curator));

		HttpResponse<String> response = fixture.server
			.send(fixture.send("DELETE", "/id/initiative/d1", null, null, fixture.curator));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(holds("id/initiative/d1", RDFS.label.getURI())).isFalse();
		assertThat(holds("id/initiative/d1", "http://www.w3.org/ns/prov#wasInvalidatedBy")).isTrue();
	}

	@Test
	void delete_organisationStillLinked_returns422AndKeepsIt() {
		fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("d2"), fixture.curator));
		StoreProbe before = StoreProbe.of(store());

		HttpResponse<String> response = fixture.server
			.send(fixture.send("DELETE", "/id/organisation/d2", null, null, fixture.curator)
				.header("Accept", "application/json")
				.header("Accept-Language", "en"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains(BASE + "id/initiative/d2").contains("carried by an organisation");
		assertThat(StoreProbe.of(store())).isEqualTo(before);
	}

	@Test
	void patch_sparqlUpdate_editsTheResource() {
		fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("u1"), fixture.curator));
		String update = WriteFixture.PREFIXES + """
				DELETE { <id/initiative/u1> rdfs:label ?l } INSERT { <id/initiative/u1> rdfs:label "Renommée"@fr }
				WHERE { <id/initiative/u1> rdfs:label ?l }""";

		HttpResponse<String> response = fixture.server
			.send(fixture.send("PATCH", "/id/initiative/u1", "application/sparql-update", update, fixture.curator));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		Node label = NodeFactory.createLiteralLang("Renommée", "fr");
		Node s = NodeFactory.createURI(BASE + "id/initiative/u1");
		assertThat(Txn.calculateRead(store(), () -> store().find(Node.ANY, s, RDFS.label.asNode(), label).hasNext()))
			.isTrue();
	}

	@Test
	void patch_rdfPatch_editsTheResource() {
		fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("u2"), fixture.curator));
		String patch = """
				TX .
				A <%1$sid/initiative/u2> <http://www.w3.org/2000/01/rdf-schema#label> "Second name"@en .
				TC .
				""".formatted(BASE);

		HttpResponse<String> response = fixture.server
			.send(fixture.send("PATCH", "/id/initiative/u2", "application/rdf-patch", patch, fixture.curator));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		Node label = NodeFactory.createLiteralLang("Second name", "en");
		Node s = NodeFactory.createURI(BASE + "id/initiative/u2");
		assertThat(Txn.calculateRead(store(), () -> store().find(Node.ANY, s, RDFS.label.asNode(), label).hasNext()))
			.isTrue();
	}

	@Test
	void post_violation_returns422WithReportNamingTheProblemInFrenchOrEnglish() {
		String invalid = WriteFixture.PREFIXES + "<id/initiative/bad> a agora:Initiative .";

		HttpResponse<String> fr = fixture.server
			.send(fixture.post("/contributions", "text/turtle", invalid, fixture.curator));
		HttpResponse<String> en = fixture.server
			.send(fixture.post("/contributions", "text/turtle", invalid, fixture.curator)
				.header("Accept-Language", "en"));
		HttpResponse<String> html = fixture.server.send(
				fixture.post("/contributions", "text/turtle", invalid, fixture.curator).header("Accept", "text/html"));

		assertThat(fr.statusCode()).isEqualTo(422);
		assertThat(fr.body()).contains(BASE + "id/initiative/bad", "rdfs:label", "Une initiative a un nom",
				"aucune valeur");
		assertThat(en.body()).contains("An initiative has a name", "no value");
		assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(html.body()).contains("<td>", "Une initiative a un nom");
	}

	@Test
	void post_violation_reportComesAsRdfByNegotiation() {
		String invalid = WriteFixture.PREFIXES + "<id/initiative/bad2> a agora:Initiative .";

		HttpResponse<byte[]> response = fixture.server
			.sendForBytes(fixture.post("/contributions", "text/turtle", invalid, fixture.curator)
				.header("Accept", "text/turtle"));

		assertThat(response.statusCode()).isEqualTo(422);
		Model report = Rdf.parseWithRio(response.body(), "text/turtle", BASE);
		assertThat(report.filter(null, SHACL.CONFORMS, null).objects()).extracting((v) -> v.stringValue())
			.containsExactly("false");
		assertThat(report.filter(null, SHACL.FOCUS_NODE, null).objects()).extracting((v) -> v.stringValue())
			.containsExactly(BASE + "id/initiative/bad2");
	}

	@Test
	void validate_isPublicAndStoresNothing() {
		StoreProbe before = StoreProbe.of(store());
		String invalid = WriteFixture.PREFIXES + "<id/initiative/v1> a agora:Initiative .";

		HttpResponse<String> bad = fixture.server
			.send(fixture.post("/validate", "text/turtle", invalid, null).header("Accept-Language", "en"));
		HttpResponse<String> good = fixture.server
			.send(fixture.post("/validate", "text/turtle", WriteFixture.initiative("v2"), null));

		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("\"conforms\":false", "An initiative has a name");
		assertThat(good.statusCode()).isEqualTo(200);
		assertThat(good.body()).contains("\"violations\":0");
		assertThat(StoreProbe.of(store())).isEqualTo(before);
	}

	@Test
	void post_jsonLdAndRdfXmlAndNTriples_areAccepted() {
		String jsonld = """
				{ "@context": { "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
				                "agora": "https://w3id.org/agora/ns#" },
				  "@id": "id/initiative/j1", "@type": "agora:Initiative",
				  "rdfs:label": { "@value": "Initiative JSON-LD", "@language": "fr" } }""";
		String rdfxml = """
				<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
				         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
				  <rdf:Description rdf:about="id/initiative/x1">
				    <rdf:type rdf:resource="https://w3id.org/agora/ns#Initiative"/>
				    <rdfs:label xml:lang="fr">Initiative RDF/XML</rdfs:label>
				  </rdf:Description>
				</rdf:RDF>""";
		String ntriples = "<" + BASE + "id/initiative/n1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
				+ "<https://w3id.org/agora/ns#Initiative> .\n<" + BASE
				+ "id/initiative/n1> <http://www.w3.org/2000/01/rdf-schema#label> \"N\"@fr .\n";

		assertThat(
				fixture.server.send(fixture.post("/contributions", "application/ld+json", jsonld, fixture.contributor))
					.statusCode())
			.isEqualTo(201);
		assertThat(
				fixture.server.send(fixture.post("/contributions", "application/rdf+xml", rdfxml, fixture.contributor))
					.statusCode())
			.isEqualTo(201);
		assertThat(fixture.server
			.send(fixture.post("/contributions", "application/n-triples", ntriples, fixture.contributor))
			.statusCode()).isEqualTo(201);
		assertThat(holds("id/initiative/j1", RDFS.label.getURI())).isTrue();
		assertThat(holds("id/initiative/x1", RDFS.label.getURI())).isTrue();
		assertThat(holds("id/initiative/n1", RDFS.label.getURI())).isTrue();
	}

	@Test
	void getChanges_listsCommittedWritesAndServesEachAsRdfPatch() {
		fixture.server
			.send(fixture.post("/contributions", "text/turtle", WriteFixture.initiative("c1"), fixture.curator));
		long last = fixture.server.bean(ChangeLog.class).last();

		HttpResponse<String> list = fixture.server
			.send(fixture.send("GET", "/changes?after=" + (last - 1), null, null, null));
		HttpResponse<String> patch = fixture.server.send(fixture.send("GET", "/changes/" + last, null, null, null));
		HttpResponse<String> missing = fixture.server
			.send(fixture.send("GET", "/changes/" + (last + 1000), null, null, null));

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"last\":" + last, "/changes/" + last);
		assertThat(patch.statusCode()).isEqualTo(200);
		assertThat(patch.headers().firstValue("Content-Type").orElse("")).startsWith("application/rdf-patch");
		RDFPatch parsed = org.apache.jena.rdfpatch.RDFPatchOps
			.read(new java.io.ByteArrayInputStream(patch.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		RDFChangesCounter counter = new RDFChangesCounter();
		parsed.apply(counter);
		assertThat(counter.summary().countAddData).isGreaterThanOrEqualTo(5);
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	@Test
	void update_conforming_returns204AndIsRecordedAsAnUpdate() {
		String update = "INSERT DATA { GRAPH <" + BASE + "graph/curated> { <" + BASE
				+ "id/initiative/upd> a <https://w3id.org/agora/ns#Initiative> ; "
				+ "<http://www.w3.org/2000/01/rdf-schema#label> \"Par mise à jour\"@fr } }";

		HttpResponse<String> response = fixture.server
			.send(fixture.post("/update", "application/sparql-update", update, fixture.curator));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(holds("id/initiative/upd", RDFS.label.getURI())).isTrue();
		Node plan = NodeFactory.createURI("https://w3id.org/agora/id/write-method/update");
		Node hadPlan = NodeFactory.createURI("http://www.w3.org/ns/prov#hadPlan");
		assertThat(Txn.calculateRead(store(), () -> store().find(Node.ANY, Node.ANY, hadPlan, plan).hasNext()))
			.isTrue();
	}

	@Test
	void gsp_putConformingGraphThenDeleteIt_returns201Then204() {
		String graph = BASE + "graph/source/test-partner";
		String data = "<" + BASE + "id/organisation/gsp> a <https://w3id.org/agora/ns#Organisation> ; "
				+ "<http://www.w3.org/2000/01/rdf-schema#label> \"Partenaire\"@fr .";

		HttpResponse<String> put = fixture.server
			.send(fixture.send("PUT", "/data?graph=" + graph, "text/turtle", data, fixture.curator));
		HttpResponse<String> read = fixture.server
			.send(fixture.send("GET", "/data?graph=" + graph, null, null, null).header("Accept", "text/turtle"));
		HttpResponse<String> delete = fixture.server
			.send(fixture.send("DELETE", "/data?graph=" + graph, null, null, fixture.curator));

		assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Partenaire");
		assertThat(delete.statusCode()).as(delete.body()).isEqualTo(204);
		assertThat(holds("id/organisation/gsp", RDFS.label.getURI())).isFalse();
	}

}
