package org.w3id.agora.dumps;

import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.Catalogue;
import org.w3id.agora.vocab.Schema;
import org.w3id.agora.vocab.Spdx;
import org.w3id.agora.vocab.VoID;

/**
 * The DCAT 3 catalogue and the VoID description of the dumps, built from the manifests
 * (not from the store). IRIs: the catalogue is {@code <base>dumps}, the dataset
 * {@code <base>dumps#agora}, the SPARQL service {@code <base>dumps#sparql}; each named
 * graph is described as a dataset of its own (its IRI is the graph's name), part of the
 * Agora dataset, with its own distribution.
 */
final class CatalogueDescription {

	static final String ATTRIBUTION = "Agora des solutions citoyennes — https://w3id.org/agora — CC BY-SA 4.0";

	static final String PRIVACY_FR = "Les données personnelles (courriel, téléphone, adresse du domicile) des personnes "
			+ "qui n'ont pas consenti à leur publication, ou qui ont retiré leur consentement, sont exclues de tous les "
			+ "fichiers.";

	static final String PRIVACY_EN = "Personal data (e-mail, telephone, home address) of people who have not consented "
			+ "to their publication, or who withdrew their consent, are excluded from every file.";

	private final String base;

	private final String publisherName;

	CatalogueDescription(String base, String publisherName) {
		this.base = base;
		this.publisherName = publisherName;
	}

	String catalogueIri() {
		return this.base + "dumps";
	}

	String datasetIri() {
		return this.base + "dumps#agora";
	}

	String sparqlIri() {
		return this.base + "sparql";
	}

	String downloadUrl(Manifest manifest, Manifest.Entry entry) {
		return this.base + "dumps/" + manifest.version() + "/" + entry.name();
	}

	/** The catalogue of the newest version (older kept versions are listed in HTML). */
	Model catalogue(List<Manifest> versions) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("dcat", DCAT.NS)
			.setNsPrefix("dcterms", DCTerms.NS)
			.setNsPrefix("spdx", Spdx.NS)
			.setNsPrefix("void", VoID.NS)
			.setNsPrefix("foaf", FOAF.NS)
			.setNsPrefix("cc", Catalogue.CC)
			.setNsPrefix("xsd", XSD.NS)
			.setNsPrefix("rdfs", RDFS.uri);
		Resource publisher = model.createResource()
			.addProperty(RDF.type, FOAF.Organization)
			.addProperty(FOAF.name, this.publisherName);
		Resource catalogue = model.createResource(catalogueIri())
			.addProperty(RDF.type, DCAT.Catalog)
			.addProperty(DCTerms.title, model.createLiteral("Données ouvertes d'Agora", "fr"))
			.addProperty(DCTerms.title, model.createLiteral("Agora open data", "en"))
			.addProperty(DCTerms.description,
					model.createLiteral("Téléchargements complets du graphe de connaissances des solutions citoyennes.",
							"fr"))
			.addProperty(DCTerms.description,
					model.createLiteral("Full downloads of the knowledge graph of citizen solutions.", "en"))
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCTerms.license, Catalogue.CC_BY_SA_4)
			.addProperty(FOAF.homepage, model.createResource(catalogueIri()));
		Resource dataset = model.createResource(datasetIri())
			.addProperty(RDF.type, DCAT.Dataset)
			.addProperty(RDF.type, VoID.Dataset)
			.addProperty(DCTerms.title,
					model.createLiteral("Agora — graphe de connaissances des solutions citoyennes", "fr"))
			.addProperty(DCTerms.title, model.createLiteral("Agora — knowledge graph of citizen solutions", "en"))
			.addProperty(DCTerms.description,
					model.createLiteral("Initiatives citoyennes, leurs acteurs, les limites "
							+ "planétaires sur lesquelles elles agissent et leurs indicateurs d'impact. " + PRIVACY_FR,
							"fr"))
			.addProperty(DCTerms.description,
					model.createLiteral("Citizen initiatives, the people and organisations "
							+ "behind them, the planetary boundaries they act on and their impact indicators. "
							+ PRIVACY_EN, "en"))
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCTerms.license, Catalogue.CC_BY_SA_4)
			.addProperty(DCTerms.rights,
					model.createResource()
						.addProperty(RDF.type, DCTerms.RightsStatement)
						.addProperty(RDFS.label, model.createLiteral(PRIVACY_FR, "fr"))
						.addProperty(RDFS.label, model.createLiteral(PRIVACY_EN, "en")))
			.addProperty(DCTerms.bibliographicCitation, ATTRIBUTION)
			.addProperty(Catalogue.attributionName, "Agora des solutions citoyennes")
			.addProperty(Catalogue.attributionURL, Catalogue.AGORA_HOME)
			.addProperty(DCAT.landingPage, model.createResource(catalogueIri()));
		catalogue.addProperty(DCAT.dataset, dataset);
		Resource service = model.createResource(this.base + "dumps#sparql")
			.addProperty(RDF.type, DCAT.DataService)
			.addProperty(DCTerms.title, model.createLiteral("Point d'accès SPARQL d'Agora", "fr"))
			.addProperty(DCTerms.title, model.createLiteral("Agora SPARQL endpoint", "en"))
			.addProperty(DCAT.endpointURL, model.createResource(sparqlIri()))
			.addProperty(DCAT.servesDataset, dataset)
			.addProperty(DCTerms.license, Catalogue.CC_BY_SA_4);
		catalogue.addProperty(DCAT.service, service);
		Optional<Manifest> latest = versions.stream().findFirst();
		if (latest.isEmpty()) {
			return model;
		}
		Manifest manifest = latest.get();
		Literal modified = model.createTypedLiteral(manifest.created(), XSDDatatype.XSDdateTime);
		Literal issued = model.createTypedLiteral(versions.get(versions.size() - 1).created(), XSDDatatype.XSDdateTime);
		catalogue.addProperty(DCTerms.modified, modified);
		dataset.addProperty(Catalogue.version, manifest.version())
			.addProperty(DCTerms.issued, issued)
			.addProperty(DCTerms.modified, modified)
			.addLiteral(VoID.triples, count(model, manifest.unionTriples()));
		for (Manifest.Entry entry : manifest.files()) {
			Resource distribution = distribution(model, manifest, entry);
			if (entry.graph() == null) {
				dataset.addProperty(DCAT.distribution, distribution);
				continue;
			}
			Resource part = model.createResource(entry.graph())
				.addProperty(RDF.type, DCAT.Dataset)
				.addProperty(DCTerms.license, model.createResource(entry.license()))
				.addProperty(DCTerms.isPartOf, dataset)
				.addProperty(DCTerms.publisher, publisher)
				.addProperty(DCTerms.modified, modified)
				.addLiteral(VoID.triples, count(model, entry.triples()))
				.addProperty(DCAT.distribution, distribution);
			part.addProperty(DCTerms.title,
					model.createLiteral((entry.titleFr() != null) ? entry.titleFr() : "Graphe " + entry.graph(), "fr"));
			part.addProperty(DCTerms.title,
					model.createLiteral((entry.titleEn() != null) ? entry.titleEn() : "Graph " + entry.graph(), "en"));
			part.addProperty(DCTerms.description, model.createLiteral("Le graphe nommé " + entry.graph()
					+ " d'Agora, sous la licence " + entry.license() + ". " + PRIVACY_FR, "fr"));
			part.addProperty(DCTerms.description, model.createLiteral("Agora's named graph " + entry.graph()
					+ ", under the licence " + entry.license() + ". " + PRIVACY_EN, "en"));
			dataset.addProperty(DCTerms.hasPart, part);
			catalogue.addProperty(DCAT.dataset, part);
		}
		return model;
	}

	private Resource distribution(Model model, Manifest manifest, Manifest.Entry entry) {
		String what = (entry.graph() != null) ? "graph " + entry.graph()
				: (entry.union() ? "union of the graphs" : "all graphs");
		String quoi = (entry.graph() != null) ? "graphe " + entry.graph()
				: (entry.union() ? "union des graphes" : "tous les graphes");
		return model.createResource(this.base + "dumps/" + manifest.version() + "#" + entry.name())
			.addProperty(RDF.type, DCAT.Distribution)
			.addProperty(DCTerms.title, model.createLiteral(entry.format() + " (gzip), " + quoi, "fr"))
			.addProperty(DCTerms.title, model.createLiteral(entry.format() + " (gzip), " + what, "en"))
			.addProperty(DCTerms.description, model.createLiteral(PRIVACY_FR, "fr"))
			.addProperty(DCTerms.description, model.createLiteral(PRIVACY_EN, "en"))
			.addProperty(DCAT.downloadURL, model.createResource(downloadUrl(manifest, entry)))
			.addProperty(DCAT.accessURL, model.createResource(catalogueIri()))
			.addProperty(DCAT.mediaType, Catalogue.mediaType(entry.mediaType()))
			.addProperty(DCAT.compressFormat, Catalogue.GZIP)
			.addLiteral(DCAT.byteSize,
					model.createTypedLiteral(Long.toString(entry.bytes()), XSDDatatype.XSDnonNegativeInteger))
			.addProperty(Spdx.checksum, model.createResource()
				.addProperty(RDF.type, Spdx.Checksum)
				.addProperty(Spdx.algorithm, Spdx.checksumAlgorithm_sha256)
				.addProperty(Spdx.checksumValue, model.createTypedLiteral(entry.sha256(), XSDDatatype.XSDhexBinary)))
			.addLiteral(VoID.triples, count(model, entry.triples()))
			.addProperty(DCTerms.license, model.createResource(entry.license()))
			.addProperty(DCTerms.issued, model.createTypedLiteral(manifest.created(), XSDDatatype.XSDdateTime));
	}

	/**
	 * The VoID description: dumps, endpoint, size, vocabularies, subsets and linksets.
	 */
	Model voidDescription(Optional<Manifest> latest) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("void", VoID.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("foaf", FOAF.NS);
		Resource dataset = model.createResource(datasetIri())
			.addProperty(RDF.type, VoID.Dataset)
			.addProperty(DCTerms.title,
					model.createLiteral("Agora — graphe de connaissances des solutions citoyennes", "fr"))
			.addProperty(DCTerms.title, model.createLiteral("Agora — knowledge graph of citizen solutions", "en"))
			.addProperty(DCTerms.license, Catalogue.CC_BY_SA_4)
			.addProperty(DCTerms.rights, model.createLiteral(PRIVACY_EN, "en"))
			.addProperty(FOAF.homepage, model.createResource(catalogueIri()))
			.addProperty(VoID.sparqlEndpoint, model.createResource(sparqlIri()))
			.addProperty(VoID.uriSpace, this.base + "id/");
		for (String vocabulary : List.of(Agora.NS, Schema.NS, SKOS.uri, DCTerms.NS, RDFS.uri)) {
			dataset.addProperty(VoID.vocabulary, model.createResource(vocabulary));
		}
		model.createResource(this.base + ".well-known/void")
			.addProperty(RDF.type, VoID.DatasetDescription)
			.addProperty(DCTerms.title, model.createLiteral("Description VoID d'Agora", "fr"))
			.addProperty(DCTerms.title, model.createLiteral("VoID description of Agora", "en"))
			.addProperty(FOAF.primaryTopic, dataset);
		if (latest.isEmpty()) {
			return model;
		}
		Manifest manifest = latest.get();
		dataset.addLiteral(VoID.triples, count(model, manifest.unionTriples()))
			.addProperty(DCTerms.modified, model.createTypedLiteral(manifest.created(), XSDDatatype.XSDdateTime));
		Resource curated = null;
		for (Manifest.Entry entry : manifest.files()) {
			if (entry.graph() == null) {
				dataset.addProperty(VoID.dataDump, model.createResource(downloadUrl(manifest, entry)));
				continue;
			}
			Resource subset = model.createResource(entry.graph())
				.addProperty(RDF.type, VoID.Dataset)
				.addProperty(DCTerms.license, model.createResource(entry.license()))
				.addLiteral(VoID.triples, count(model, entry.triples()))
				.addProperty(VoID.dataDump, model.createResource(downloadUrl(manifest, entry)));
			dataset.addProperty(VoID.subset, subset);
			if (entry.graph().equals(this.base + GraphNames.CURATED)) {
				curated = subset;
			}
		}
		for (Manifest.Entry entry : manifest.files()) {
			if (entry.graph() != null && entry.graph().startsWith(this.base + GraphNames.PARTNERS)) {
				Resource linkset = model.createResource()
					.addProperty(RDF.type, VoID.Linkset)
					.addProperty(VoID.target, model.createResource(entry.graph()));
				if (curated != null) {
					linkset.addProperty(VoID.target, curated);
				}
				dataset.addProperty(VoID.subset, linkset);
			}
		}
		return model;
	}

	private static Literal count(Model model, long value) {
		return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
	}

}
