package org.w3id.agora.privacy;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy rule over a real (in-memory) TDB2 store. */
class PrivacyRuleTests {

	static final String BASE = "http://localhost:8080/";

	static final String SCHEMA = "https://schema.org/";

	static final String AGORA = "https://w3id.org/agora/ns#";

	static final String DATA = """
			PREFIX agora:  <https://w3id.org/agora/ns#>
			PREFIX schema: <https://schema.org/>
			PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
			<id/person/none> a agora:Person ; schema:email "none@example.org" ;
			    schema:telephone "+33 1" ; agora:homeAddress "1 rue A" ; schema:name "Sans consentement" .
			<id/person/consented> a agora:Person ; schema:email "yes@example.org" ; schema:telephone "+33 2" ;
			    agora:homeAddress "2 rue B" ;
			    agora:consent [ a agora:Consent ; agora:consentScope agora:PublicationOfContactData ] .
			<id/person/withdrawn> a agora:Person ; schema:email "withdrawn@example.org" ;
			    agora:consent [ a agora:Consent ; agora:consentScope agora:PublicationOfContactData ;
			                    agora:withdrawnOn "2026-03-01"^^xsd:date ] .
			<id/person/other-scope> a agora:Person ; schema:email "scope@example.org" ;
			    agora:consent [ a agora:Consent ; agora:consentScope <urn:agora:test:newsletter> ] .
			<id/person/http-schema> a agora:Person ; <http://schema.org/email> "old@example.org" .
			<id/organisation/o> a agora:Organisation ; schema:email "contact@org.example" .
			""";

	DatasetGraph dataset;

	PrivacyRule rule = new PrivacyRule();

	@BeforeEach
	void seed() {
		this.dataset = DatabaseMgr.createDatasetGraph();
		Txn.executeWrite(this.dataset,
				() -> RDFParser.fromString(DATA, Lang.TURTLE)
					.base(BASE)
					.parse(this.dataset.getGraph(graph("curated"))));
	}

	@Test
	void personWithoutConsent_contactDataAreNotPublic_otherPropertiesAre() {
		Disclosure disclosure = disclosure();
		assertThat(disclosure.isPublic(person("none"), schema("email"))).isFalse();
		assertThat(disclosure.isPublic(person("none"), schema("telephone"))).isFalse();
		assertThat(disclosure.isPublic(person("none"), uri(AGORA + "homeAddress"))).isFalse();
		assertThat(disclosure.isPublic(person("none"), schema("name"))).isTrue();
		assertThat(disclosure.test(Quad.create(graph("curated"), person("none"), schema("email"), Node.ANY))).isFalse();
	}

	@Test
	void personWithConsent_contactDataArePublic() {
		Disclosure disclosure = disclosure();
		assertThat(disclosure.isPublic(person("consented"), schema("email"))).isTrue();
		assertThat(disclosure.isPublic(person("consented"), schema("telephone"))).isTrue();
		assertThat(disclosure.isPublic(person("consented"), uri(AGORA + "homeAddress"))).isTrue();
	}

	@Test
	void withdrawnConsent_orConsentToSomethingElse_allowsNothing() {
		Disclosure disclosure = disclosure();
		assertThat(disclosure.isPublic(person("withdrawn"), schema("email"))).isFalse();
		assertThat(disclosure.isPublic(person("other-scope"), schema("email"))).isFalse();
	}

	@Test
	void olderSchemaNamespace_isCaughtToo() {
		assertThat(disclosure().isPublic(person("http-schema"), uri("http://schema.org/email"))).isFalse();
	}

	@Test
	void organisationContactData_arePublic() {
		assertThat(disclosure().isPublic(uri(BASE + "id/organisation/o"), schema("email"))).isTrue();
	}

	@Test
	void propertyTypedPersonalDataInTheStore_andItsSubproperties_areWithheld() {
		Node note = uri("urn:agora:test:note");
		Node subNote = uri("urn:agora:test:subNote");
		assertThat(disclosure().isPublic(person("none"), note)).isTrue();
		Txn.executeWrite(this.dataset, () -> {
			this.dataset.add(graph("ontology"), note, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
					uri(AGORA + "PersonalDataProperty"));
			this.dataset.add(graph("ontology"), subNote, uri("http://www.w3.org/2000/01/rdf-schema#subPropertyOf"),
					note);
		});
		Disclosure after = disclosure();
		assertThat(after.isPublic(person("none"), note)).isFalse();
		assertThat(after.isPublic(person("none"), subNote)).isFalse();
		assertThat(after.isPublic(person("consented"), note)).isTrue();
	}

	@Test
	void consentInAnotherGraph_counts_andTheRuleFollowsEachCommit() {
		Disclosure first = disclosure();
		assertThat(disclosure()).isSameAs(first);
		Txn.executeWrite(this.dataset, () -> RDFParser.fromString("""
				PREFIX agora: <https://w3id.org/agora/ns#>
				<id/person/none> agora:consent [ a agora:Consent ; agora:consentScope agora:PublicationOfContactData ] .
				""", Lang.TURTLE).base(BASE).parse(this.dataset.getGraph(graph("source/partner"))));
		Disclosure second = disclosure();
		assertThat(second).isNotSameAs(first);
		assertThat(first.isPublic(person("none"), schema("email"))).isFalse();
		assertThat(second.isPublic(person("none"), schema("email"))).isTrue();
	}

	@Test
	void outsideATransaction_isRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.rule.disclosure(this.dataset));
	}

	Disclosure disclosure() {
		return Txn.calculateRead(this.dataset, () -> this.rule.disclosure(this.dataset));
	}

	static Node person(String slug) {
		return uri(BASE + "id/person/" + slug);
	}

	static Node graph(String name) {
		return uri(BASE + "graph/" + name);
	}

	static Node schema(String local) {
		return uri(SCHEMA + local);
	}

	static Node uri(String iri) {
		return NodeFactory.createURI(iri);
	}

}
