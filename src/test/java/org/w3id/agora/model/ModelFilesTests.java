package org.w3id.agora.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3id.agora.vocab.Agora;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of the model ({@code ontology/}, {@code shapes/}, {@code sparql/},
 * {@code fuseki-config/} and the bundled data) as files: they parse, use only declared
 * terms and canonical prefixes, and the shapes are well-formed SHACL.
 */
class ModelFilesTests {

	private static final String BASE = "http://localhost:8080/";

	private static final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	/** Namespaces whose terms are checked against the copied vocabulary files. */
	private static final Map<String, String> CHECKED_VOCABULARIES = Map.of("http://www.w3.org/ns/org#",
			"classpath:vocab/org.ttl", "http://www.w3.org/ns/dcat#", "classpath:vocab/dcat3.ttl",
			"http://www.w3.org/ns/prov#", "classpath:vocab/prov-o.ttl", "http://www.w3.org/ns/sosa/",
			"classpath:vocab/sosa.ttl");

	/** Namespaces of vocabulary terms (the others hold data: concepts, units, places). */
	private static final List<String> VOCABULARY_NAMESPACES = List.of(Agora.NS, "http://schema.org/",
			"http://purl.org/dc/terms/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
			"http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#",
			"http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/sosa/", "http://www.w3.org/ns/org#",
			"http://www.w3.org/ns/prov#", "http://www.w3.org/ns/dcat#", "http://qudt.org/schema/qudt/",
			"http://www.opengis.net/ont/geosparql#", "http://xmlns.com/foaf/0.1/", "http://purl.org/vocab/vann/",
			"http://www.w3.org/ns/shacl#");

	@Test
	void everyFileOfTheModel_parses() throws IOException {
		List<String> parsed = new ArrayList<>();
		for (String pattern : List.of("classpath*:ontology/*.ttl", "classpath*:shapes/*.ttl",
				"classpath*:fuseki-config/*.ttl", "classpath*:dataset/*.ttl")) {
			for (Resource file : resolver.getResources(pattern)) {
				Graph graph = parse(file);
				assertThat(graph.size()).as(file.getFilename()).isPositive();
				parsed.add(file.getFilename());
			}
		}
		for (Resource file : resolver.getResources("classpath*:sparql/**/*.rq")) {
			QueryFactory.create(read(file));
			parsed.add(file.getFilename());
		}
		assertThat(parsed).contains("agora.ttl", "planetary-boundaries.ttl", "core.ttl", "privacy.ttl",
				"recommended.ttl", "40-observations.ttl");
	}

	@Test
	void everyPrefix_isBoundToItsCanonicalNamespace_andEveryQueryPrefixIsUsed() throws IOException {
		Properties canonical = new Properties();
		try (InputStream in = resolver.getResource("classpath:lint/prefixes.properties").getInputStream()) {
			canonical.load(in);
		}
		List<String> problems = new ArrayList<>();
		for (String pattern : List.of("classpath*:ontology/*.ttl", "classpath*:shapes/*.ttl",
				"classpath*:fuseki-config/*.ttl", "classpath*:dataset/*.ttl")) {
			for (Resource file : resolver.getResources(pattern)) {
				Map<String, String> prefixes = new TreeMap<>();
				try (InputStream in = file.getInputStream()) {
					RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(new StreamRDFBase() {
						@Override
						public void prefix(String prefix, String iri) {
							prefixes.put(prefix, iri);
						}
					});
				}
				prefixes.forEach((prefix, iri) -> check(canonical, file.getFilename(), prefix, iri, problems));
			}
		}
		for (Resource file : resolver.getResources("classpath*:sparql/**/*.rq")) {
			String text = read(file);
			Query query = QueryFactory.create(text);
			String body = text.replaceAll("(?m)^\\s*(#|PREFIX).*$", "");
			query.getPrefixMapping().getNsPrefixMap().forEach((prefix, iri) -> {
				check(canonical, file.getFilename(), prefix, iri, problems);
				if (!body.contains(prefix + ":")) {
					problems.add(file.getFilename() + ": PREFIX " + prefix + ": is declared but not used");
				}
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyClassAndPropertyUsedInDataShapesAndQueries_isDeclared() throws IOException {
		Graph ontology = parseAll("classpath*:ontology/*.ttl");
		Set<String> allowed = new HashSet<>(readLines("classpath:lint/external-terms.txt"));
		Map<String, Graph> vocabularies = new TreeMap<>();
		for (Map.Entry<String, String> vocabulary : CHECKED_VOCABULARIES.entrySet()) {
			vocabularies.put(vocabulary.getKey(), parseAll(vocabulary.getValue()));
		}
		Map<String, Set<String>> used = new TreeMap<>();
		Graph data = parseAll("classpath*:dataset/*.ttl");
		data.find().forEach((t) -> {
			use(used, t.getPredicate(), "dataset");
			if (t.getPredicate().equals(RDF.Nodes.type)) {
				use(used, t.getObject(), "dataset");
			}
		});
		for (Node alignment : List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(),
				RDFS.range.asNode(), RDFS.seeAlso.asNode(), SKOS.closeMatch.asNode(), OWL.equivalentClass.asNode())) {
			ontology.find(Node.ANY, alignment, Node.ANY).forEach((t) -> use(used, t.getObject(), "ontology"));
		}
		Graph shapes = parseAll("classpath*:shapes/*.ttl");
		for (Node property : List.of(SHACL.path, SHACL.inversePath, SHACL.targetClass, SHACL.class_, SHACL.datatype,
				SHACL.lessThanOrEquals)) {
			shapes.find(Node.ANY, property, Node.ANY).forEach((t) -> use(used, t.getObject(), "shapes"));
		}
		shapes.find(Node.ANY, RDF.Nodes.first, Node.ANY).forEach((t) -> use(used, t.getObject(), "shapes"));
		shapes.find().forEach((t) -> use(used, t.getPredicate(), "shapes"));
		for (Resource file : resolver.getResources("classpath*:sparql/**/*.rq")) {
			for (String iri : iris(read(file))) {
				use(used, NodeFactory.createURI(iri), file.getFilename());
			}
		}
		List<String> undeclared = new ArrayList<>();
		used.forEach((term, where) -> {
			if (!isVocabulary(term) || allowed.contains(term)) {
				return;
			}
			Node node = NodeFactory.createURI(term);
			if (term.startsWith(Agora.NS)) {
				if (!ontology.contains(node, RDF.Nodes.type, Node.ANY)) {
					undeclared.add(term + " (used in " + where + ")");
				}
				return;
			}
			Graph vocabulary = vocabularies.entrySet()
				.stream()
				.filter((v) -> term.startsWith(v.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (vocabulary == null || !vocabulary.contains(node, RDF.Nodes.type, Node.ANY)) {
				undeclared.add(term + " (used in " + where + ")");
			}
		});
		assertThat(used).containsKeys(Agora.NS + "actsOnBoundary", "http://www.w3.org/ns/org#member",
				"http://schema.org/latitude");
		assertThat(undeclared).as("terms neither declared in ontology/ nor listed in lint/external-terms.txt")
			.isEmpty();
	}

	@Test
	void theShapesGraph_conformsToShaclForShacl() throws IOException {
		Graph shapes = parseAll("classpath*:shapes/*.ttl");
		Graph shaclShacl = parseAll("classpath:shacl-shacl/shacl-shacl.ttl");

		ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shaclShacl), shapes);

		report.getEntries().forEach((e) -> System.err.println(ShLib.displayStr(e.focusNode()) + " " + e.message()));
		assertThat(report.conforms()).isTrue();
		assertThat(shapes.find(Node.ANY, RDF.Nodes.type, SHACL.NodeShape).toList()).hasSizeGreaterThan(20);
	}

	@Test
	void everyPropertyShape_hasANameADescriptionAndAMessageInFrenchAndEnglish() throws IOException {
		Graph shapes = parseAll("classpath*:shapes/*.ttl");
		List<String> problems = new ArrayList<>();
		List<Node> propertyShapes = shapes.find(Node.ANY, SHACL.path, Node.ANY)
			.mapWith(Triple::getSubject)
			.filterKeep(Node::isURI)
			.toList();
		for (Node shape : propertyShapes) {
			for (Node property : List.of(SHACL.name, SHACL.description, SHACL.message)) {
				for (String lang : List.of("fr", "en")) {
					boolean present = G.listSP(shapes, shape, property)
						.stream()
						.anyMatch((o) -> o.isLiteral() && lang.equals(o.getLiteralLanguage()));
					if (!present) {
						problems.add(shape.getLocalName() + " has no " + property.getLocalName() + "@" + lang);
					}
				}
			}
		}
		long blankPropertyShapes = shapes.find(Node.ANY, SHACL.property, Node.ANY)
			.filterKeep((t) -> t.getObject().isBlank())
			.toList()
			.size();
		assertThat(propertyShapes).hasSizeGreaterThan(40);
		assertThat(blankPropertyShapes).as("property shapes are named, not blank nodes").isZero();
		assertThat(problems).isEmpty();
	}

	@Test
	void noShape_refersBackToItself() throws IOException {
		Graph shapes = parseAll("classpath*:shapes/*.ttl");
		List<String> cycles = new ArrayList<>();
		for (Node shape : G.listPO(shapes, RDF.Nodes.type, SHACL.NodeShape)) {
			if (reaches(shapes, shape, shape, new HashSet<>())) {
				cycles.add(ShLib.displayStr(shape));
			}
		}
		assertThat(cycles).as("recursive shapes (jena-shacl does not check them)").isEmpty();
	}

	@Test
	void everyPersonalDataProperty_hasAPrivacyShape() throws IOException {
		Graph ontology = parseAll("classpath*:ontology/*.ttl");
		Graph privacy = parseAll("classpath:shapes/privacy.ttl");
		List<Node> personalData = G.listPO(ontology, RDF.Nodes.type, Agora.PersonalDataProperty.asNode());
		assertThat(personalData).extracting(Node::getURI)
			.contains("http://schema.org/email", "http://schema.org/telephone", Agora.homeAddress.getURI());
		for (Node property : personalData) {
			assertThat(privacy.contains(Node.ANY, SHACL.path, property)).as(property.getURI()).isTrue();
			assertThat(privacy.contains(Node.ANY, SHACL.inversePath, property)).as(property.getURI()).isTrue();
		}
	}

	@Test
	void everyLintQuery_findsTheDefectsPlantedInABrokenModel() throws IOException {
		Graph broken = parseAll("classpath*:ontology/*.ttl");
		parseAll("classpath*:dataset/*.ttl").find().forEach(broken::add);
		parseAll("classpath:lint/broken.ttl").find().forEach(broken::add);
		Resource[] lints = resolver.getResources("classpath*:sparql/lint/*.rq");
		assertThat(lints).hasSizeGreaterThanOrEqualTo(5);
		for (Resource lint : lints) {
			List<String> rows = new ArrayList<>();
			try (QueryExec exec = QueryExec.graph(broken).query(read(lint)).build()) {
				exec.select().forEachRemaining((row) -> rows.add(row.toString()));
			}
			assertThat(rows).as(lint.getFilename() + " finds nothing in lint/broken.ttl").isNotEmpty();
		}
	}

	/**
	 * Whether {@code target} can be reached from {@code from} through shape references.
	 */
	private static boolean reaches(Graph shapes, Node from, Node target, Set<Node> seen) {
		for (Node next : references(shapes, from)) {
			if (next.equals(target)) {
				return true;
			}
			if (seen.add(next) && reaches(shapes, next, target, seen)) {
				return true;
			}
		}
		return false;
	}

	private static List<Node> references(Graph shapes, Node shape) {
		List<Node> next = new ArrayList<>();
		for (Node property : List.of(SHACL.node, SHACL.property, SHACL.qualifiedValueShape, SHACL.not)) {
			next.addAll(G.listSP(shapes, shape, property));
		}
		for (Node property : List.of(SHACL.or, SHACL.and, SHACL.xone)) {
			for (Node list : G.listSP(shapes, shape, property)) {
				next.addAll(G.rdfList(shapes, list));
			}
		}
		return next;
	}

	private static void use(Map<String, Set<String>> used, Node node, String where) {
		if (node.isURI()) {
			used.computeIfAbsent(node.getURI(), (k) -> new TreeSet<>()).add(where);
		}
	}

	private static boolean isVocabulary(String iri) {
		return VOCABULARY_NAMESPACES.stream().anyMatch((ns) -> iri.startsWith(ns) && iri.length() > ns.length());
	}

	/**
	 * Every IRI written in a query, full or prefixed, outside comments, strings and
	 * prefix declarations.
	 */
	private static Set<String> iris(String text) {
		Query query = QueryFactory.create(text);
		String body = text.replaceAll("(?m)^\\s*PREFIX.*$", "")
			.replaceAll("(?m)^\\s*#.*$", "")
			.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
		Set<String> iris = new TreeSet<>();
		Matcher full = Pattern.compile("<([^<>\\s]+)>").matcher(body);
		while (full.find()) {
			iris.add(full.group(1));
		}
		for (Map.Entry<String, String> prefix : query.getPrefixMapping().getNsPrefixMap().entrySet()) {
			Matcher prefixed = Pattern.compile("(?<![\\w?$])" + Pattern.quote(prefix.getKey()) + ":([A-Za-z_][\\w-]*)")
				.matcher(body);
			while (prefixed.find()) {
				iris.add(prefix.getValue() + prefixed.group(1));
			}
		}
		return iris;
	}

	private static void check(Properties canonical, String file, String prefix, String iri, List<String> problems) {
		String expected = canonical.getProperty(prefix);
		if (expected == null) {
			problems.add(file + ": prefix " + prefix + ": is not in lint/prefixes.properties");
		}
		else if (!expected.equals(iri)) {
			problems.add(file + ": prefix " + prefix + ": is bound to " + iri + ", not " + expected);
		}
	}

	private static Graph parse(Resource file) throws IOException {
		Graph graph = GraphFactory.createDefaultGraph();
		try (InputStream in = file.getInputStream()) {
			RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(graph);
		}
		return graph;
	}

	static Graph parseAll(String pattern) throws IOException {
		Graph graph = GraphFactory.createDefaultGraph();
		for (Resource file : resolver.getResources(pattern)) {
			parse(file).find().forEach(graph::add);
		}
		return graph;
	}

	private static List<String> readLines(String location) throws IOException {
		return read(resolver.getResource(location)).lines()
			.map(String::strip)
			.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
	}

	private static String read(Resource file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
