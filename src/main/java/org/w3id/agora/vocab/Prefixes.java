package org.w3id.agora.vocab;

import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes Agora writes RDF with (Turtle, TriG, HTML labels of unknown terms). The
 * same list as the published JSON-LD context {@code ontology/context.jsonld}; a test
 * keeps the two equal.
 */
public final class Prefixes {

	private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
		.setNsPrefix("agora", Agora.NS)
		.setNsPrefix("boundary", "https://w3id.org/agora/id/boundary/")
		.setNsPrefix("cids", "https://ontology.commonapproach.org/cids#")
		.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
		.setNsPrefix("dcterms", "http://purl.org/dc/terms/")
		.setNsPrefix("essglobal", "http://purl.org/essglobal/vocab/")
		.setNsPrefix("family", "https://w3id.org/agora/id/family/")
		.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
		.setNsPrefix("geo", "http://www.opengis.net/ont/geosparql#")
		.setNsPrefix("indicator", "https://w3id.org/agora/id/indicator/")
		.setNsPrefix("org", "http://www.w3.org/ns/org#")
		.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
		.setNsPrefix("pair", "http://virtual-assembly.org/ontologies/pair#")
		.setNsPrefix("prov", "http://www.w3.org/ns/prov#")
		.setNsPrefix("qudt", "http://qudt.org/schema/qudt/")
		.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
		.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
		.setNsPrefix("role", "https://w3id.org/agora/id/role/")
		.setNsPrefix("schema", "http://schema.org/")
		.setNsPrefix("sdg", "http://metadata.un.org/sdg/")
		.setNsPrefix("skill", "https://w3id.org/agora/id/skill/")
		.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
		.setNsPrefix("sosa", "http://www.w3.org/ns/sosa/")
		.setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
		.setNsPrefix("unit", "http://qudt.org/vocab/unit/")
		.setNsPrefix("value", "https://w3id.org/agora/id/value/")
		.setNsPrefix("void", "http://rdfs.org/ns/void#")
		.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
		.lock();

	private Prefixes() {
	}

	/** The standard prefixes (read-only). */
	public static PrefixMapping standard() {
		return STANDARD;
	}

}
