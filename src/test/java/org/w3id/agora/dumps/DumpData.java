package org.w3id.agora.dumps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.agora.support.TestServer;

/**
 * Data the dump tests seed: people with and without consent, an organisation, a partner
 * graph, a personal-data property declared in the store, and bulk triples; and the
 * expected public content, computed from the store by removing the seeded private
 * statements (independently of the privacy rule under test).
 */
final class DumpData {

	static final String BASE = TestServer.BASE;

	static final String PARTNER = BASE + "graph/source/test-partner";

	/** Values that must never appear in any dump. */
	static final List<String> PRIVATE_VALUES = List.of("alice@example.org", "+33 1 00 00 00 01", "1 rue Privée",
			"carol@example.org", "+33 1 00 00 00 03", "note privée d'Alice");

	/** Values that must appear: consented, or not a person's. */
	static final List<String> PUBLIC_VALUES = List.of("bob@example.org", "contact@repair.example");

	static final String TURTLE = """
			PREFIX agora:  <https://w3id.org/agora/ns#>
			PREFIX schema: <https://schema.org/>
			PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
			PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
			<id/person/alice> a agora:Person ; rdfs:label "Alice"@fr ;
			    schema:email "alice@example.org" ; schema:telephone "+33 1 00 00 00 01" ;
			    agora:homeAddress "1 rue Privée" ; <urn:agora:test:privateNote> "note privée d'Alice" .
			<id/person/bob> a agora:Person ; rdfs:label "Bob"@fr ; schema:email "bob@example.org" ;
			    agora:consent [ a agora:Consent ; agora:consentScope agora:PublicationOfContactData ] .
			<id/person/carol> a agora:Person ; rdfs:label "Carol"@fr ;
			    agora:consent [ a agora:Consent ; agora:consentScope agora:PublicationOfContactData ;
			                    agora:withdrawnOn "2026-01-01"^^xsd:date ] .
			<id/organisation/repair> a agora:Organisation ; rdfs:label "Repair café"@fr ;
			    schema:email "contact@repair.example" ; rdfs:comment "Ça « répare » \\"tout\\"\\n, ou presque"@fr ;
			    <urn:agora:test:count> 42 ; <urn:agora:test:ratio> 0.5e0 ; <urn:agora:test:when> "2026-11-22"^^xsd:date .
			""";

	static final String PARTNER_TURTLE = """
			PREFIX agora:  <https://w3id.org/agora/ns#>
			PREFIX schema: <https://schema.org/>
			PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
			<id/person/carol> schema:email "carol@example.org" ; schema:telephone "+33 1 00 00 00 03" .
			<id/initiative/partner-one> a agora:Initiative ; rdfs:label "Initiative partenaire"@fr , "Partner initiative"@en .
			<id/person/bob> rdfs:label "Bob (partenaire)"@fr .
			<id/organisation/repair> a agora:Organisation ; rdfs:label "Repair café"@fr .
			""";

	static final String ONTOLOGY_TURTLE = """
			PREFIX agora: <https://w3id.org/agora/ns#>
			<urn:agora:test:privateNote> a agora:PersonalDataProperty .
			""";

	private DumpData() {
	}

	/** Seeds the data, plus {@code bulk} more triples in the curated graph. */
	static void seed(DatasetGraph dataset, int bulk) {
		Txn.executeWrite(dataset, () -> {
			parse(dataset.getGraph(node(BASE + "graph/curated")), TURTLE);
			parse(dataset.getGraph(node(PARTNER)), PARTNER_TURTLE);
			parse(dataset.getGraph(node(BASE + "graph/ontology")), ONTOLOGY_TURTLE);
			Graph curated = dataset.getGraph(node(BASE + "graph/curated"));
			Node label = node("http://www.w3.org/2000/01/rdf-schema#label");
			Node size = node("urn:agora:test:size");
			for (int i = 0; i < bulk; i++) {
				Node subject = node(BASE + "id/initiative/bulk-" + (i / 2));
				if (i % 2 == 0) {
					curated.add(subject, label, NodeFactory.createLiteralLang("Initiative n°" + i, "fr"));
				}
				else {
					curated.add(subject, size, NodeFactory.createLiteralString(Integer.toString(i)));
				}
			}
		});
	}

	static void parse(Graph graph, String turtle) {
		RDFParser.fromString(turtle, Lang.TURTLE).base(BASE).parse(graph);
	}

	static Node node(String iri) {
		return NodeFactory.createURI(iri);
	}

	/**
	 * A copy of one graph of the store (or of their union, for {@code null}), less the
	 * statements seeded as private. Call inside a read transaction.
	 */
	static Graph expected(DatasetGraph dataset, Node graphName) {
		Graph copy = GraphFactory.createDefaultGraph();
		Graph source = (graphName == null) ? dataset.getUnionGraph() : dataset.getGraph(graphName);
		source.find().forEach(copy::add);
		copy.find().toList().stream().filter(DumpData::isPrivate).forEach(copy::delete);
		return copy;
	}

	private static boolean isPrivate(Triple triple) {
		return triple.getObject().isLiteral() && PRIVATE_VALUES.contains(triple.getObject().getLiteralLexicalForm());
	}

	static byte[] gunzip(byte[] bytes) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
