package org.w3id.agora.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3id.agora.vocab.Agora;

/**
 * What the generator draws from Agora's SKOS schemes, read once from
 * {@code ontology/*.ttl} on the classpath: the solution families with the planetary
 * boundaries each is related to, the value kinds, the indicators with their unit, the
 * roles. Every list is sorted by IRI, so that draws do not depend on parse order.
 */
record Vocabularies(List<Family> families, List<Node> valueKinds, List<Indicator> indicators, List<Node> roles) {

	/** A solution family and the boundaries it acts on (skos:related in the scheme). */
	record Family(Node iri, String labelFr, String labelEn, List<Node> boundaries) {
	}

	/** An indicator and its QUDT unit (agora:unit in the scheme). */
	record Indicator(Node iri, String labelFr, Node unit) {
	}

	static Vocabularies fromClasspath() {
		Graph graph = GraphFactory.createDefaultGraph();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:ontology/*.ttl")) {
				try (InputStream in = file.getInputStream()) {
					RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the ontology from the classpath", ex);
		}
		return of(graph);
	}

	static Vocabularies of(Graph graph) {
		Node inScheme = SKOS.inScheme.asNode();
		List<Node> boundaries = members(graph, Agora.SCHEME_PLANETARY_BOUNDARIES.asNode());
		List<Family> families = new ArrayList<>();
		for (Node family : members(graph, Agora.SCHEME_SOLUTION_FAMILIES.asNode())) {
			List<Node> related = graph.find(family, SKOS.related.asNode(), Node.ANY)
				.mapWith(Triple::getObject)
				.filterKeep(boundaries::contains)
				.toList();
			if (!related.isEmpty()) {
				families
					.add(new Family(family, label(graph, family, "fr"), label(graph, family, "en"), sorted(related)));
			}
		}
		List<Indicator> indicators = new ArrayList<>();
		for (Node indicator : members(graph, Agora.SCHEME_INDICATORS.asNode())) {
			graph.find(indicator, Agora.unit.asNode(), Node.ANY)
				.mapWith(Triple::getObject)
				.toList()
				.stream()
				.filter(Node::isURI)
				.min(Comparator.comparing(Node::getURI))
				.ifPresent((unit) -> indicators.add(new Indicator(indicator, label(graph, indicator, "fr"), unit)));
		}
		Vocabularies vocabularies = new Vocabularies(List.copyOf(families),
				members(graph, Agora.SCHEME_VALUE_KINDS.asNode()), List.copyOf(indicators),
				members(graph, Agora.SCHEME_ROLES.asNode()));
		if (families.isEmpty() || vocabularies.valueKinds().isEmpty() || indicators.isEmpty()
				|| vocabularies.roles().isEmpty()) {
			throw new IllegalStateException("The ontology on the classpath lacks families linked to boundaries, "
					+ "value kinds, indicators with units or roles (" + inScheme + ")");
		}
		return vocabularies;
	}

	private static List<Node> members(Graph graph, Node scheme) {
		return sorted(graph.find(Node.ANY, SKOS.inScheme.asNode(), scheme).mapWith(Triple::getSubject).toList());
	}

	private static List<Node> sorted(List<Node> nodes) {
		return nodes.stream().filter(Node::isURI).distinct().sorted(Comparator.comparing(Node::getURI)).toList();
	}

	private static String label(Graph graph, Node concept, String lang) {
		return graph.find(concept, SKOS.prefLabel.asNode(), Node.ANY)
			.mapWith(Triple::getObject)
			.filterKeep((o) -> o.isLiteral() && lang.equals(o.getLiteralLanguage()))
			.mapWith(Node::getLiteralLexicalForm)
			.toList()
			.stream()
			.sorted()
			.findFirst()
			.orElse(concept.getLocalName());
	}

}
