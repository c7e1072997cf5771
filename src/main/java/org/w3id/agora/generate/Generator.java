package org.w3id.agora.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.InstanceTerms;

/**
 * Writes synthetic Agora data to a {@link StreamRDF}, one initiative after the other,
 * holding nothing but the current initiative's few numbers: memory does not grow with the
 * number of initiatives.
 * <p>
 * Deterministic: initiative {@code i} is drawn from its own {@link SplittableRandom}
 * seeded from {@code (seed, i)}, so the same seed gives the same data, and any one
 * initiative can be generated alone (a "contribution"). What it draws:
 * <ul>
 * <li>a place near one of 42 French cities, drawn by population: {@value #URBAN_SHARE} of
 * them within the city's urban radius, the others in the surrounding countryside (always
 * inside metropolitan France), with schema:latitude/longitude and a WKT point;</li>
 * <li>1 to 5 actors ({@link #ACTOR_WEIGHTS}): the carrier organisation, then people or
 * partner organisations, each with an org:Membership in the carrier; some people publish
 * an e-mail under a consent in force;</li>
 * <li>1 or 2 solution families among those the ontology relates to planetary boundaries,
 * and 1 to 3 of those boundaries; 1 to 3 value kinds;</li>
 * <li>0 to 10 indicator observations ({@link #OBSERVATION_WEIGHTS}), each with the
 * indicator's unit, a value, a period, a method and a source;</li>
 * <li>sometimes a video, always a source document (one per city, written first).</li>
 * </ul>
 */
public final class Generator {

	/**
	 * The graph generated data is meant for, relative to the base: a source graph of its
	 * own, which the bundled data loaded at first start leaves alone.
	 */
	public static final String GRAPH = "graph/source/synthetic";

	/** Relative frequency of 1, 2, 3, 4 and 5 actors per initiative. */
	public static final int[] ACTOR_WEIGHTS = { 30, 30, 20, 12, 8 };

	/** Relative frequency of 0 to 10 observations per initiative (about 0.6^k). */
	public static final int[] OBSERVATION_WEIGHTS = { 400, 240, 144, 86, 52, 31, 19, 11, 7, 4, 3 };

	/** Share of initiatives placed within their city's urban radius. */
	public static final double URBAN_SHARE = 0.85;

	/** Share of initiatives with a video. */
	static final double VIDEO_SHARE = 0.3;

	/** Share of people who publish an e-mail under a consent in force. */
	static final double CONSENTING_SHARE = 0.15;

	private static final Node[] CARRIER_TYPES = { Agora.Association.asNode(), Agora.Association.asNode(),
			Agora.Association.asNode(), Agora.Association.asNode(), Agora.Association.asNode(),
			Agora.Cooperative.asNode(), Agora.SCIC.asNode(), Agora.ActivityAndEmploymentCooperative.asNode(),
			Agora.Company.asNode(), Agora.LocalAuthority.asNode(), Agora.Network.asNode(), Agora.Community.asNode(),
			Agora.Organisation.asNode() };

	private static final Node[] PARTNER_TYPES = { Agora.Association.asNode(), Agora.Company.asNode(),
			Agora.LocalAuthority.asNode(), Agora.Organisation.asNode() };

	private static final int LAST_YEAR = 2025;

	private final String base;

	private final long seed;

	private final Vocabularies vocabularies;

	private final Node graph;

	/**
	 * @param base the base of instance IRIs ({@code <base>id/<kind>/<slug>}), ending with
	 * a slash
	 * @param graph the graph quads are written to, or {@code null} for triples
	 */
	public Generator(String base, long seed, Node graph) {
		this(base, seed, graph, Vocabularies.fromClasspath());
	}

	Generator(String base, long seed, Node graph, Vocabularies vocabularies) {
		this.base = base;
		this.seed = seed;
		this.graph = graph;
		this.vocabularies = vocabularies;
	}

	/**
	 * The base of instance IRIs as {@code application.yaml} sets it
	 * ({@code agora.base-uri}), for code that runs without the application context.
	 */
	public static String configuredBase() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		Properties properties = yaml.getObject();
		String base = (properties != null) ? properties.getProperty("agora.base-uri") : null;
		if (base == null) {
			throw new IllegalStateException("application.yaml on the classpath sets no agora.base-uri");
		}
		return base;
	}

	/** Writes the source documents, then initiatives 1 to {@code count}. */
	public void write(long count, StreamRDF out) {
		out.start();
		prefixes(out);
		sources(out);
		for (long i = 1; i <= count; i++) {
			initiative(i, out);
		}
		out.finish();
	}

	/** The IRI of initiative {@code i}. */
	public String initiativeIri(long i) {
		return this.base + "id/initiative/gen-" + i;
	}

	/**
	 * Writes initiative {@code i} with everything it owns (place, actors, memberships,
	 * observations, video): what one contributor would submit. It refers to the source
	 * document of its city, written by {@link #write}.
	 */
	public void initiative(long i, StreamRDF out) {
		Emitter e = new Emitter(out, this.graph);
		SplittableRandom random = new SplittableRandom(mix(this.seed, i));
		Cities.City city = Cities.pick(random.nextDouble());
		String n = Long.toString(i);
		Node initiative = iri(initiativeIri(i));
		Node source = iri(this.base + "id/source/gen-" + city.slug());

		// Place
		double[] position = position(city, random);
		Node place = iri(this.base + "id/place/gen-" + n);
		e.add(place, RDF.type.asNode(), Agora.Place.asNode());
		e.add(place, RDFS.label.asNode(), fr("Lieu de l'initiative n°" + n + ", agglomération de " + city.name()));
		e.add(place, RDFS.label.asNode(), en("Site of initiative no. " + n + ", " + city.name() + " area"));
		e.add(place, InstanceTerms.latitude, decimal(position[0], 5));
		e.add(place, InstanceTerms.longitude, decimal(position[1], 5));
		Node geometry = NodeFactory.createBlankNode("geometry-" + n);
		e.add(place, InstanceTerms.hasGeometry, geometry);
		e.add(geometry, RDF.type.asNode(), InstanceTerms.Geometry);
		e.add(geometry, InstanceTerms.asWKT,
				NodeFactory.createLiteralDT("POINT(" + plain(position[1], 5) + " " + plain(position[0], 5) + ")",
						TypeMapper.getInstance().getSafeTypeByName(InstanceTerms.wktLiteral)));

		// Families, boundaries, value kinds
		List<Vocabularies.Family> families = new ArrayList<>();
		Vocabularies.Family first = pick(this.vocabularies.families(), random);
		families.add(first);
		if (random.nextDouble() < 0.2) {
			Vocabularies.Family second = pick(this.vocabularies.families(), random);
			if (!second.equals(first)) {
				families.add(second);
			}
		}
		TreeSet<String> related = new TreeSet<>();
		families.forEach((f) -> f.boundaries().forEach((b) -> related.add(b.getURI())));
		List<String> boundaries = new ArrayList<>(related);
		int boundaryCount = Math.min(boundaries.size(), 1 + random.nextInt(3));
		List<String> chosenBoundaries = draw(boundaries, boundaryCount, random);
		List<Node> valueKinds = draw(this.vocabularies.valueKinds(), 1 + random.nextInt(3), random);

		// Actors and memberships
		int actors = 1 + weighted(ACTOR_WEIGHTS, random);
		Node carrier = iri(this.base + "id/organisation/gen-" + n);
		int startYear = 1995 + random.nextInt(LAST_YEAR - 1995 + 1);
		e.add(carrier, RDF.type.asNode(), CARRIER_TYPES[random.nextInt(CARRIER_TYPES.length)]);
		e.add(carrier, RDFS.label.asNode(), fr("Collectif n°" + n + " (" + city.name() + ")"));
		e.add(carrier, RDFS.label.asNode(), en("Collective no. " + n + " (" + city.name() + ")"));
		e.add(carrier, DCTerms.description.asNode(),
				fr("Organisation fictive qui porte l'initiative n°" + n + " ; données synthétiques."));
		e.add(carrier, DCTerms.description.asNode(),
				en("A fictitious organisation carrying initiative no. " + n + "; synthetic data."));
		e.add(carrier, InstanceTerms.location, place);
		e.add(carrier, InstanceTerms.foundingDate,
				NodeFactory.createLiteralDT(Integer.toString(startYear), XSDDatatype.XSDgYear));
		e.add(carrier, DCTerms.source.asNode(), source);
		List<Node> partners = new ArrayList<>();
		Node firstPerson = null;
		for (int k = 1; k < actors; k++) {
			String id = n + "-" + k;
			Node actor;
			if (random.nextDouble() < 0.75) {
				actor = iri(this.base + "id/person/gen-" + id);
				firstPerson = (firstPerson != null) ? firstPerson : actor;
				e.add(actor, RDF.type.asNode(), Agora.Person.asNode());
				e.add(actor, RDFS.label.asNode(), fr("Personne fictive n°" + id));
				if (random.nextDouble() < CONSENTING_SHARE) {
					Node consent = iri(this.base + "id/consent/gen-" + id);
					e.add(actor, InstanceTerms.email,
							NodeFactory.createLiteralString("personne-" + id + "@example.org"));
					e.add(actor, Agora.consent.asNode(), consent);
					e.add(consent, RDF.type.asNode(), Agora.Consent.asNode());
					e.add(consent, RDFS.label.asNode(),
							fr("Consentement de la personne fictive n°" + id + " à publier ses coordonnées"));
					e.add(consent, Agora.consentScope.asNode(), Agora.PublicationOfContactData.asNode());
					e.add(consent, Agora.givenOn.asNode(),
							date(LAST_YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28)));
				}
			}
			else {
				actor = iri(this.base + "id/organisation/gen-" + id);
				partners.add(actor);
				e.add(actor, RDF.type.asNode(), PARTNER_TYPES[random.nextInt(PARTNER_TYPES.length)]);
				e.add(actor, RDFS.label.asNode(), fr("Partenaire n°" + id + " (" + city.name() + ")"));
				e.add(actor, RDFS.label.asNode(), en("Partner no. " + id + " (" + city.name() + ")"));
				e.add(actor, DCTerms.description.asNode(),
						fr("Organisation partenaire fictive ; données synthétiques."));
				e.add(actor, DCTerms.source.asNode(), source);
			}
			Node membership = iri(this.base + "id/membership/gen-" + id);
			e.add(membership, RDF.type.asNode(), InstanceTerms.Membership);
			e.add(membership, RDFS.label.asNode(), fr("Adhésion n°" + id + " au collectif n°" + n));
			e.add(membership, InstanceTerms.member, actor);
			e.add(membership, InstanceTerms.organization, carrier);
			e.add(membership, InstanceTerms.role, pick(this.vocabularies.roles(), random));
		}

		// The initiative
		e.add(initiative, RDF.type.asNode(), Agora.Initiative.asNode());
		e.add(initiative, RDFS.label.asNode(), fr(capitalised(first.labelFr()) + " — " + city.name() + " n°" + n));
		e.add(initiative, RDFS.label.asNode(), en(capitalised(first.labelEn()) + " — " + city.name() + " no. " + n));
		e.add(initiative, DCTerms.description.asNode(), fr("Initiative fictive de " + first.labelFr() + " près de "
				+ city.name() + ", commencée en " + startYear + " ; données synthétiques pour les bancs d'essai."));
		e.add(initiative, DCTerms.description.asNode(), en("A fictitious " + first.labelEn() + " initiative near "
				+ city.name() + ", started in " + startYear + "; synthetic data for benchmarks."));
		e.add(initiative, Agora.carriedBy.asNode(), carrier);
		if (firstPerson != null && random.nextDouble() < 0.3) {
			e.add(initiative, Agora.carriedBy.asNode(), firstPerson);
		}
		for (Node partner : partners) {
			e.add(initiative, Agora.partner.asNode(), partner);
		}
		e.add(initiative, InstanceTerms.location, place);
		for (String boundary : chosenBoundaries) {
			e.add(initiative, Agora.actsOnBoundary.asNode(), iri(boundary));
		}
		for (Vocabularies.Family family : families) {
			e.add(initiative, Agora.family.asNode(), family.iri());
		}
		for (Node value : valueKinds) {
			e.add(initiative, Agora.createsValue.asNode(), value);
		}
		e.add(initiative, InstanceTerms.startDate, date(startYear, 1 + random.nextInt(12), 1 + random.nextInt(28)));
		e.add(initiative, DCTerms.source.asNode(), source);

		// A video
		if (random.nextDouble() < VIDEO_SHARE) {
			Node video = iri(this.base + "id/video/gen-" + n);
			e.add(initiative, InstanceTerms.subjectOf, video);
			e.add(video, RDF.type.asNode(), Agora.Video.asNode());
			e.add(video, RDFS.label.asNode(), fr("Vidéo de l'initiative n°" + n));
			e.add(video, RDFS.label.asNode(), en("Video of initiative no. " + n));
			e.add(video, InstanceTerms.url, iri(InstanceTerms.EXAMPLE_WEB + "videos/gen-" + n));
			e.add(video, InstanceTerms.about, initiative);
			e.add(video, InstanceTerms.publisher, carrier);
			e.add(video, DCTerms.license.asNode(), InstanceTerms.CC_BY_SA_4);
			e.add(video, DCTerms.source.asNode(), source);
		}

		// Observations
		int observations = weighted(OBSERVATION_WEIGHTS, random);
		for (int k = 1; k <= observations; k++) {
			Vocabularies.Indicator indicator = pick(this.vocabularies.indicators(), random);
			Node observation = iri(this.base + "id/observation/gen-" + n + "-" + k);
			int year = startYear + random.nextInt(LAST_YEAR - startYear + 1);
			BigDecimal value = value(indicator.unit(), random);
			e.add(observation, RDF.type.asNode(), Agora.Observation.asNode());
			e.add(observation, RDFS.label.asNode(), fr("Initiative n°" + n + " — " + indicator.labelFr() + " : "
					+ value.toPlainString() + " (" + year + ")"));
			e.add(observation, InstanceTerms.hasFeatureOfInterest, initiative);
			e.add(observation, Agora.indicator.asNode(), indicator.iri());
			e.add(observation, Agora.value.asNode(),
					NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
			e.add(observation, InstanceTerms.unit, indicator.unit());
			if (random.nextDouble() < 0.8) {
				e.add(observation, Agora.periodStart.asNode(), date(year, 1, 1));
				e.add(observation, Agora.periodEnd.asNode(), date(year, 12, 31));
				e.add(observation, Agora.periodLabel.asNode(), fr("en " + year));
				e.add(observation, Agora.periodLabel.asNode(), en("in " + year));
			}
			else {
				e.add(observation, Agora.periodEnd.asNode(), date(year, 12, 31));
				e.add(observation, Agora.periodLabel.asNode(), fr("depuis le début, fin " + year));
				e.add(observation, Agora.periodLabel.asNode(), en("since the start, end of " + year));
			}
			boolean counted = random.nextBoolean();
			e.add(observation, Agora.method.asNode(), fr(counted ? "compté sur place" : "déclaré par le porteur"));
			e.add(observation, Agora.method.asNode(), en(counted ? "counted on site" : "declared by the carrier"));
			if (random.nextDouble() < 0.1) {
				e.add(observation, Agora.approximate.asNode(),
						NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
			}
			e.add(observation, DCTerms.source.asNode(), source);
		}
	}

	private void prefixes(StreamRDF out) {
		out.prefix("agora", Agora.NS);
		out.prefix("dcterms", DCTerms.NS);
		out.prefix("rdfs", RDFS.uri);
		out.prefix("schema", InstanceTerms.SCHEMA);
		out.prefix("geo", InstanceTerms.GEO);
		out.prefix("org", InstanceTerms.ORG);
		out.prefix("sosa", InstanceTerms.SOSA);
		out.prefix("qudt", InstanceTerms.QUDT);
		out.prefix("xsd", XSDDatatype.XSD + "#");
	}

	/** One source document per city: the (fictitious) census the figures come from. */
	private void sources(StreamRDF out) {
		Emitter e = new Emitter(out, this.graph);
		for (Cities.City city : Cities.ALL) {
			Node source = iri(this.base + "id/source/gen-" + city.slug());
			e.add(source, RDF.type.asNode(), Agora.SourceDocument.asNode());
			e.add(source, RDFS.label.asNode(), fr("Recensement synthétique des initiatives — " + city.name()));
			e.add(source, RDFS.label.asNode(), en("Synthetic census of initiatives — " + city.name()));
			e.add(source, DCTerms.description.asNode(),
					fr("Document fictif : source des données synthétiques générées pour les bancs d'essai d'Agora."));
			e.add(source, DCTerms.description.asNode(),
					en("A fictitious document: the source of the synthetic data generated for Agora's benchmarks."));
			e.add(source, DCTerms.date.asNode(), date(LAST_YEAR, 1, 1));
		}
	}

	/** Latitude and longitude near the city, inside metropolitan France. */
	static double[] position(Cities.City city, SplittableRandom random) {
		boolean urban = random.nextDouble() < URBAN_SHARE;
		double sigma = urban ? city.radiusKm() / 2 : 35;
		double limit = urban ? city.radiusKm() : 90;
		for (int attempt = 0; attempt < 20; attempt++) {
			double[] offset = gaussianPair(random);
			double dx = offset[0] * sigma;
			double dy = offset[1] * sigma;
			if (Math.hypot(dx, dy) > limit) {
				continue;
			}
			double latitude = city.latitude() + dy / 111.32;
			double longitude = city.longitude() + dx / (111.32 * Math.cos(Math.toRadians(city.latitude())));
			if (Cities.inMetropolitanFrance(latitude, longitude)) {
				return new double[] { latitude, longitude };
			}
		}
		return new double[] { city.latitude(), city.longitude() };
	}

	/** Two independent standard normal draws (Box–Muller), the same on every JDK. */
	private static double[] gaussianPair(SplittableRandom random) {
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		double r = Math.sqrt(-2 * Math.log(u));
		return new double[] { r * Math.cos(2 * Math.PI * v), r * Math.sin(2 * Math.PI * v) };
	}

	/** A plausible value for the unit (by its QUDT local name). */
	private static BigDecimal value(Node unit, SplittableRandom random) {
		String name = unit.getLocalName();
		double value = switch (name) {
			case "PERCENT" -> random.nextDouble() * 100;
			case "CCY_EUR" -> 100 + random.nextDouble() * 50_000;
			case "HR" -> 10 + random.nextInt(5000);
			case "TONNE" -> 0.1 + random.nextDouble() * 40;
			case "KiloM" -> 0.5 + random.nextDouble() * 30;
			case "DAY" -> 1 + random.nextInt(60);
			default -> random.nextInt(1000);
		};
		int scale = switch (name) {
			case "PERCENT", "TONNE", "KiloM" -> 1;
			default -> 0;
		};
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

	static int weighted(int[] weights, SplittableRandom random) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int target = random.nextInt(total);
		for (int k = 0; k < weights.length; k++) {
			target -= weights[k];
			if (target < 0) {
				return k;
			}
		}
		return weights.length - 1;
	}

	/** Mean of the distribution given by weights over 0..n-1, plus an offset. */
	public static double mean(int[] weights, int offset) {
		double sum = 0;
		double total = 0;
		for (int k = 0; k < weights.length; k++) {
			sum += (k + offset) * (double) weights[k];
			total += weights[k];
		}
		return sum / total;
	}

	private static <T> T pick(List<T> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

	/** {@code count} distinct elements, in the list's order. */
	private static <T> List<T> draw(List<T> list, int count, SplittableRandom random) {
		List<Integer> indexes = new ArrayList<>();
		for (int k = 0; k < list.size(); k++) {
			indexes.add(k);
		}
		// Partial Fisher–Yates shuffle, then back to list order.
		for (int k = 0; k < count; k++) {
			int j = k + random.nextInt(indexes.size() - k);
			Integer swap = indexes.get(k);
			indexes.set(k, indexes.get(j));
			indexes.set(j, swap);
		}
		return indexes.subList(0, count).stream().sorted().map(list::get).toList();
	}

	/** SplitMix64 finaliser over the seed and the initiative number. */
	static long mix(long seed, long i) {
		long z = seed * 0x9E3779B97F4A7C15L + i;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static Node iri(String iri) {
		return NodeFactory.createURI(iri);
	}

	private static Node fr(String text) {
		return NodeFactory.createLiteralLang(text, "fr");
	}

	private static Node en(String text) {
		return NodeFactory.createLiteralLang(text, "en");
	}

	private static Node date(int year, int month, int day) {
		return NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day),
				XSDDatatype.XSDdate);
	}

	private static Node decimal(double value, int scale) {
		return NodeFactory.createLiteralDT(plain(value, scale), XSDDatatype.XSDdecimal);
	}

	private static String plain(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	/** Sends triples, or quads in one graph, to the stream. */
	private record Emitter(StreamRDF out, Node graph) {

		void add(Node s, Node p, Node o) {
			if (this.graph == null) {
				this.out.triple(Triple.create(s, p, o));
			}
			else {
				this.out.quad(Quad.create(this.graph, s, p, o));
			}
		}

	}

}
