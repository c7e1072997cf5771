package org.w3id.agora.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The constants of {@link Agora} against the ontology files they mirror. */
class AgoraVocabularyTests {

	@Test
	void everyTermConstant_isDeclaredInTheOntologyAndDefinedByIt() throws Exception {
		Graph ontology = parse("classpath:ontology/agora.ttl");
		Node definedBy = RDFS.isDefinedBy.asNode();
		Node document = org.apache.jena.graph.NodeFactory.createURI(Agora.ONTOLOGY);
		List<String> missing = new ArrayList<>();
		List<Resource> terms = constants();
		for (Resource term : terms) {
			if (!term.getURI().startsWith(Agora.NS)) {
				continue;
			}
			boolean typed = ontology.contains(term.asNode(), RDF.type.asNode(), Node.ANY);
			boolean defined = ontology.contains(term.asNode(), definedBy, document);
			if (!typed || !defined) {
				missing.add(term.getURI());
			}
		}
		assertThat(terms).hasSizeGreaterThan(60);
		assertThat(missing).as("constants of Agora.java not declared in ontology/agora.ttl").isEmpty();
	}

	@Test
	void everySchemeConstant_isAConceptSchemeOrCollectionOfTheBundledVocabularies() throws Exception {
		Graph vocabularies = parse("classpath*:ontology/*.ttl");
		List<String> missing = new ArrayList<>();
		for (Resource term : constants()) {
			if (!term.getURI().startsWith(Agora.ID)) {
				continue;
			}
			if (!vocabularies.contains(term.asNode(), RDF.type.asNode(), SKOS.ConceptScheme.asNode())
					&& !vocabularies.contains(term.asNode(), RDF.type.asNode(), SKOS.Collection.asNode())) {
				missing.add(term.getURI());
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Resource> constants() throws IllegalAccessException {
		List<Resource> terms = new ArrayList<>();
		for (Field field : Agora.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
				terms.add((Resource) field.get(null));
			}
		}
		return terms;
	}

	private static Graph parse(String pattern) throws IOException {
		Graph graph = GraphFactory.createDefaultGraph();
		for (org.springframework.core.io.Resource file : new PathMatchingResourcePatternResolver()
			.getResources(pattern)) {
			try (InputStream in = file.getInputStream()) {
				RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
			}
		}
		return graph;
	}

}
