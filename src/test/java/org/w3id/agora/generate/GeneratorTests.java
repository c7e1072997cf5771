package org.w3id.agora.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.validation.ShapesCatalogue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.cli.GenerateCommand;
import org.w3id.agora.support.Rdf;
import org.w3id.agora.support.TestServer;
import org.w3id.agora.validation.Validator;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.InstanceTerms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The synthetic data generator: deterministic, conforming to the shapes, and drawn from
 * the distributions it documents. Distributions are checked on 2,000 initiatives, with
 * tolerances of several standard errors.
 */
class GeneratorTests {

	private static final int N = 2_000;

	private static Graph sample;

	@BeforeAll
	static void generateSample() {
		sample = generate(42, N);
	}

	@Test
	void generate_sameSeed_givesIsomorphicData() {
		Graph first = generate(7, 60);
		Graph second = generate(7, 60);

		assertThat(first.size()).isEqualTo(second.size()).isGreaterThan(60 * 20);
		assertThat(Rdf.isomorphic(Rdf.toRio(first), Rdf.toRio(second))).isTrue();
	}

	@Test
	void generate_differentSeed_givesDifferentData() {
		assertThat(Rdf.isomorphic(Rdf.toRio(generate(7, 60)), Rdf.toRio(generate(8, 60)))).isFalse();
	}

	@Test
	void generate_oneInitiativeAlone_isTheSameAsInTheWholeSet() {
		Generator generator = new Generator(TestServer.BASE, 42, null);
		Graph alone = GraphFactory.createDefaultGraph();
		generator.initiative(17, StreamRDFLib.graph(alone));

		Set<Triple> whole = new HashSet<>(sample.find().toList());
		assertThat(alone.size()).isPositive();
		alone.find().forEach((t) -> {
			if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
				assertThat(whole).contains(t);
			}
		});
	}

	@Test
	void generate_output_conformsToTheShapesWithoutViolation(@TempDir Path store) throws Exception {
		Graph data = generate(3, 150);
		Graph contribution = GraphFactory.createDefaultGraph();
		new Generator(TestServer.BASE, 3, null).initiative(151, StreamRDFLib.graph(contribution));
		// The real validator over a real TDB2 store holding the bundled ontology, as the
		// server has it.
		AgoraProperties agora = new AgoraProperties(URI.create(TestServer.BASE));
		GraphNames graphs = new GraphNames(agora);
		DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
		Txn.executeWrite(dataset, () -> {
			try {
				for (Resource file : new PathMatchingResourcePatternResolver()
					.getResources("classpath*:ontology/*.ttl")) {
					try (InputStream in = file.getInputStream()) {
						RDFParser.source(in).lang(Lang.TURTLE).parse(dataset.getGraph(graphs.ontology()));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		Validator validator = new Validator(new ShapesCatalogue(), dataset, graphs);

		ValidationReport whole = validator.validate(data);
		ValidationReport one = validator.validate(contribution);

		assertThat(violations(whole)).as(() -> whole.getEntries().toString()).isZero();
		assertThat(violations(one)).as(() -> one.getEntries().toString()).isZero();
		// Nor any recommendation missed.
		assertThat(whole.getEntries()).isEmpty();
		TDBInternal.expel(dataset);
	}

	@Test
	void generate_actorsPerInitiative_areOneToFiveWithTheDocumentedMean() {
		Map<Node, Integer> actors = new HashMap<>();
		for (Node initiative : initiatives()) {
			Node carrier = sample.find(initiative, Agora.carriedBy.asNode(), Node.ANY)
				.mapWith(Triple::getObject)
				.filterDrop((o) -> sample.contains(o, RDF.type.asNode(), Agora.Person.asNode()))
				.next();
			int members = sample.find(Node.ANY, InstanceTerms.organization, carrier).toList().size();
			actors.put(initiative, 1 + members);
		}
		assertThat(actors).hasSize(N);
		assertThat(actors.values()).allSatisfy((n) -> assertThat(n).isBetween(1, 5));
		assertThat(actors.values()).contains(1, 2, 3, 4, 5);
		assertThat(mean(actors.values())).isCloseTo(Generator.mean(Generator.ACTOR_WEIGHTS, 1), within(0.1));
		// Every member of a carrier is a person or a partner organisation of the data.
		sample.find(Node.ANY, InstanceTerms.member, Node.ANY)
			.mapWith(Triple::getObject)
			.forEach(
					(m) -> assertThat(sample.find(m, RDF.type.asNode(), Node.ANY).hasNext()).as(m.toString()).isTrue());
	}

	@Test
	void generate_observationsPerInitiative_areZeroToTenWithTheDocumentedMean_eachWithItsIndicatorsUnit() {
		Vocabularies vocabularies = Vocabularies.fromClasspath();
		Map<Node, Node> unitOf = new HashMap<>();
		vocabularies.indicators().forEach((i) -> unitOf.put(i.iri(), i.unit()));
		Map<Node, Integer> observations = new HashMap<>();
		initiatives().forEach((i) -> observations.put(i, 0));
		sample.find(Node.ANY, InstanceTerms.hasFeatureOfInterest, Node.ANY).forEach((t) -> {
			observations.merge(t.getObject(), 1, Integer::sum);
			Node indicator = one(t.getSubject(), Agora.indicator.asNode());
			assertThat(one(t.getSubject(), InstanceTerms.unit)).isEqualTo(unitOf.get(indicator));
			assertThat(sample.find(t.getSubject(), Agora.periodLabel.asNode(), Node.ANY).hasNext()).isTrue();
		});

		assertThat(observations).hasSize(N);
		assertThat(observations.values()).allSatisfy((n) -> assertThat(n).isBetween(0, 10));
		assertThat(observations.values()).contains(0, 1, 2, 3, 4, 5);
		assertThat(mean(observations.values())).isCloseTo(Generator.mean(Generator.OBSERVATION_WEIGHTS, 0),
				within(0.15));
	}

	@Test
	void generate_boundariesAndValueKinds_areOneToThree_andBoundariesFollowTheFamilies() {
		Vocabularies vocabularies = Vocabularies.fromClasspath();
		Map<Node, List<Node>> boundariesOf = new HashMap<>();
		vocabularies.families().forEach((f) -> boundariesOf.put(f.iri(), f.boundaries()));
		for (Node initiative : initiatives()) {
			List<Node> boundaries = objects(initiative, Agora.actsOnBoundary.asNode());
			List<Node> families = objects(initiative, Agora.family.asNode());
			Set<Node> allowed = new HashSet<>();
			families.forEach((f) -> allowed.addAll(boundariesOf.get(f)));

			assertThat(boundaries).hasSizeBetween(1, 3);
			assertThat(allowed).containsAll(boundaries);
			assertThat(families).hasSizeBetween(1, 2);
			assertThat(objects(initiative, Agora.createsValue.asNode())).hasSizeBetween(1, 3)
				.allSatisfy((v) -> assertThat(vocabularies.valueKinds()).contains(v));
		}
	}

	@Test
	void generate_places_areInMetropolitanFrance_andClusterAroundCities() {
		int near = 0;
		int places = 0;
		for (Node place : sample.find(Node.ANY, RDF.type.asNode(), Agora.Place.asNode())
			.mapWith(Triple::getSubject)
			.toList()) {
			double latitude = Double.parseDouble(one(place, InstanceTerms.latitude).getLiteralLexicalForm());
			double longitude = Double.parseDouble(one(place, InstanceTerms.longitude).getLiteralLexicalForm());
			double nearest = Cities.ALL.stream()
				.mapToDouble((c) -> Cities.distanceKm(latitude, longitude, c.latitude(), c.longitude()))
				.min()
				.orElseThrow();
			places++;
			assertThat(Cities.inMetropolitanFrance(latitude, longitude)).as(place + " at " + latitude + "," + longitude)
				.isTrue();
			assertThat(nearest).isLessThan(100);
			if (nearest <= 20) {
				near++;
			}
		}
		assertThat(places).isEqualTo(N);
		// 85 % are drawn within the urban radius (at most 18.3 km); some rural ones fall
		// near
		// a city too.
		assertThat(near / (double) places).isGreaterThan(0.83);
		assertThat(near / (double) places).isLessThan(0.99);
	}

	@Test
	void generateCommand_writesTheSameDataToAFile(@TempDir Path work) throws Exception {
		Path file = work.resolve("data.nt");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = GenerateCommand.run(new String[] { "generate", "--initiatives=30", "--seed=9", "--out=" + file },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated 30 initiatives (seed 9)");
		assertThat(Rdf.isomorphic(Rdf.toRio(generate(9, 30)),
				Rdf.parseWithRio(Files.readAllBytes(file), "application/n-triples", TestServer.BASE)))
			.isTrue();
	}

	@Test
	void generateCommand_withoutCount_failsWithUsage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = GenerateCommand.run(new String[] { "generate", "--seed=9" }, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--initiatives=N is required");
	}

	private static Graph generate(long seed, int count) {
		Graph graph = GraphFactory.createDefaultGraph();
		new Generator(TestServer.BASE, seed, null).write(count, StreamRDFLib.graph(graph));
		return graph;
	}

	private static List<Node> initiatives() {
		return sample.find(Node.ANY, RDF.type.asNode(), Agora.Initiative.asNode()).mapWith(Triple::getSubject).toList();
	}

	private static List<Node> objects(Node subject, Node predicate) {
		return sample.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
	}

	private static Node one(Node subject, Node predicate) {
		List<Node> objects = objects(subject, predicate);
		assertThat(objects).as(subject + " " + predicate).hasSize(1);
		return objects.get(0);
	}

	private static double mean(java.util.Collection<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
	}

	private static long violations(ValidationReport report) {
		return report.getEntries().stream().filter((e) -> e.severity() == Severity.Violation).count();
	}

}
