package org.w3id.agora.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.linkeddata.PageModel.Row;
import org.w3id.agora.linkeddata.PageModel.Value;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.Labels;
import org.w3id.agora.vocab.Prefixes;
import org.w3id.agora.vocab.Schema;
import org.w3id.agora.vocab.Sosa;
import org.w3id.agora.web.RdfFormat;
import org.w3id.agora.web.RdfOutput;

/**
 * Renders descriptions as HTML pages (Thymeleaf templates under
 * {@code templates/linkeddata/}): French unless English is asked for, readable without
 * JavaScript, each embedding its JSON-LD for search engines.
 */
@Component
class Pages {

	private final TemplateEngine templates;

	private final RdfOutput rdf;

	private final DatasetGraph dataset;

	private final GraphNames graphs;

	private final String base;

	private final String vocabularyBase;

	Pages(TemplateEngine templates, RdfOutput rdf, DatasetGraph dataset, GraphNames graphs, AgoraProperties agora,
			LinkedDataProperties settings) {
		this.templates = templates;
		this.rdf = rdf;
		this.dataset = dataset;
		this.graphs = graphs;
		this.base = agora.base();
		this.vocabularyBase = settings.vocabularyBase();
	}

	byte[] render(Description description, String documentPath, Locale locale) {
		return (description.subject().getURI().equals(Agora.ONTOLOGY)) ? ontology(description, locale)
				: resource(description, documentPath, locale);
	}

	byte[] notFound(String path, Locale locale) {
		Context context = context(locale);
		context.setVariable("path", path);
		return process("linkeddata/not-found", context);
	}

	private byte[] resource(Description description, String documentPath, Locale locale) {
		String lang = locale.getLanguage();
		Graph graph = description.quads().getUnionGraph();
		Node subject = description.subject();
		Context context = context(locale);
		Names names = new Names(graph, lang);
		context.setVariable("iri", subject.getURI());
		context.setVariable("title", names.label(subject));
		context.setVariable("types", values(graph.find(subject, RDF.type.asNode(), Node.ANY).toList(), names, lang));
		context.setVariable("descriptions", texts(graph, subject, DCTerms.description.asNode(), lang));
		context.setVariable("definitions", texts(graph, subject, SKOS.definition.asNode(), lang));
		context.setVariable("rows", rows(graph, subject, names, lang, false));
		context.setVariable("observations", observations(subject, lang));
		context.setVariable("incoming", incoming(graph, subject, names, lang));
		context.setVariable("incomingTotal", description.incomingTotal());
		context.setVariable("page", description.page());
		context.setVariable("lastPage", description.lastPage());
		String self = documentPath + ".html";
		context.setVariable("prevHref", (description.page() > 1) ? self + query(lang, description.page() - 1) : null);
		context.setVariable("nextHref", description.hasNextPage() ? self + query(lang, description.page() + 1) : null);
		context.setVariable("otherLangHref",
				self + query(lang.equals("fr") ? "en" : "fr", description.page()).replace("?lang=fr", ""));
		context.setVariable("alternates", alternates(documentPath, description.page()));
		context.setVariable("point", point(description, names));
		context.setVariable("sources", sources(description, lang));
		context.setVariable("truncated", description.truncated());
		context.setVariable("jsonLd", jsonLd(description));
		return process("linkeddata/resource", context);
	}

	private byte[] ontology(Description description, Locale locale) {
		String lang = locale.getLanguage();
		Graph graph = description.quads().getUnionGraph();
		Names names = new Names(graph, lang);
		Node ontology = description.subject();
		Context context = context(locale);
		context.setVariable("iri", ontology.getURI());
		context.setVariable("title", names.label(ontology));
		context.setVariable("descriptions", texts(graph, ontology, DCTerms.description.asNode(), lang));
		context.setVariable("header", rows(graph, ontology, names, lang));
		context.setVariable("classes", terms(graph, names, lang, OWL.Class.asNode()));
		context.setVariable("properties", terms(graph, names, lang, OWL.ObjectProperty.asNode(),
				OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode()));
		context.setVariable("schemes", schemes(graph, names, lang));
		context.setVariable("otherLangHref", "/ns.html" + (lang.equals("fr") ? "?lang=en" : ""));
		context.setVariable("alternates", alternates("/ns", 1));
		context.setVariable("jsonLd", null);
		return process("linkeddata/ontology", context);
	}

	/** A term of the ontology and what defines it. */
	public record Term(String anchor, String iri, String label, List<String> definitions, List<Row> rows) {
	}

	/** A concept scheme and its concepts. */
	public record Scheme(String iri, String label, String href, List<String> definitions, List<Value> concepts) {
	}

	private List<Term> terms(Graph graph, Names names, String lang, Node... kinds) {
		Set<Node> subjects = new LinkedHashSet<>();
		for (Node kind : kinds) {
			graph.find(Node.ANY, RDF.type.asNode(), kind)
				.mapWith(Triple::getSubject)
				.filterKeep((node) -> node.isURI() && node.getURI().startsWith(Agora.NS))
				.forEach(subjects::add);
		}
		return subjects.stream()
			.sorted(Comparator.comparing(Node::getURI))
			.map((term) -> new Term(term.getLocalName(), term.getURI(), names.label(term),
					texts(graph, term, SKOS.definition.asNode(), lang).isEmpty()
							? texts(graph, term, RDFS.comment.asNode(), lang)
							: texts(graph, term, SKOS.definition.asNode(), lang),
					rows(graph, term, names, lang)))
			.toList();
	}

	private List<Scheme> schemes(Graph graph, Names names, String lang) {
		List<Scheme> schemes = new ArrayList<>();
		graph.find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode())
			.mapWith(Triple::getSubject)
			.forEach((scheme) -> {
				List<Value> concepts = graph.find(Node.ANY, SKOS.inScheme.asNode(), scheme)
					.mapWith(Triple::getSubject)
					.mapWith((concept) -> value(concept, names, lang))
					.toList();
				concepts.sort(Comparator.comparing(Value::text));
				schemes.add(new Scheme(scheme.getURI(), names.label(scheme), href(scheme, lang),
						texts(graph, scheme, SKOS.definition.asNode(), lang), concepts));
			});
		schemes.sort(Comparator.comparing(Scheme::label));
		return schemes;
	}

	private List<Row> rows(Graph graph, Node subject, Names names, String lang) {
		return rows(graph, subject, names, lang, true);
	}

	/**
	 * The statements of a resource by property; the title's labels, types and texts shown
	 * elsewhere on the page are left out.
	 */
	private List<Row> rows(Graph graph, Node subject, Names names, String lang, boolean withLabels) {
		Set<Node> shown = Set.of(RDF.type.asNode(), DCTerms.description.asNode(), SKOS.definition.asNode());
		Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
		graph.find(subject, Node.ANY, Node.ANY)
			.filterDrop((triple) -> shown.contains(triple.getPredicate())
					|| (Labels.PROPERTIES.contains(triple.getPredicate()) && !withLabels))
			.forEach((triple) -> byProperty.computeIfAbsent(triple.getPredicate(), (p) -> new ArrayList<>())
				.add(triple));
		List<Row> rows = new ArrayList<>();
		Names predicates = names.withOntology(predicateLabels(byProperty.keySet()));
		byProperty.forEach((property, triples) -> {
			List<Value> values = values(triples, names, lang);
			rows.add(new Row(predicates.label(property), href(property, lang), values));
		});
		rows.sort(Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER));
		return rows;
	}

	private List<Row> incoming(Graph graph, Node subject, Names names, String lang) {
		Map<Node, List<Value>> byProperty = new LinkedHashMap<>();
		graph.find(Node.ANY, Node.ANY, subject)
			.filterDrop((triple) -> triple.getSubject().equals(subject))
			.forEach((triple) -> byProperty.computeIfAbsent(triple.getPredicate(), (p) -> new ArrayList<>())
				.add(value(triple.getSubject(), names, lang)));
		Names predicates = names.withOntology(predicateLabels(byProperty.keySet()));
		List<Row> rows = new ArrayList<>();
		byProperty.forEach((property, values) -> {
			values.sort(Comparator.comparing(Value::text, String.CASE_INSENSITIVE_ORDER));
			rows.add(new Row(predicates.label(property), href(property, lang), values));
		});
		return rows;
	}

	/** The labels the ontology graph gives the properties of a page. */
	private Graph predicateLabels(Set<Node> properties) {
		Graph labels = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
		Txn.executeRead(this.dataset, () -> {
			for (Node property : properties) {
				this.dataset.find(Node.ANY, property, RDFS.label.asNode(), Node.ANY)
					.forEachRemaining((quad) -> labels.add(quad.asTriple()));
			}
		});
		return labels;
	}

	private List<Row> nested(Node blank, Names names, String lang) {
		if (this.nesting.get() > 4) {
			return List.of();
		}
		this.nesting.set(this.nesting.get() + 1);
		try {
			return rows(names.graph(), blank, names, lang, true);
		}
		finally {
			this.nesting.set(this.nesting.get() - 1);
		}
	}

	private final ThreadLocal<Integer> nesting = ThreadLocal.withInitial(() -> 0);

	private List<Value> values(List<Triple> triples, Names names, String lang) {
		List<Value> values = new ArrayList<>();
		for (Triple triple : triples) {
			values.add(value(triple.getObject(), names, lang));
		}
		return values;
	}

	private Value value(Node node, Names names, String lang) {
		if (node.isLiteral()) {
			String language = node.getLiteralLanguage();
			String datatype = node.getLiteralDatatypeURI();
			String note = (language.isEmpty() && datatype != null && !datatype.endsWith("#string")
					&& !datatype.endsWith("#langString")) ? Prefixes.standard().shortForm(datatype) : null;
			return new Value(node.getLiteralLexicalForm(), null, language, note);
		}
		if (node.isBlank()) {
			// A blank node is shown in place, with its own statements (its closure is in
			// the
			// description).
			return new Value(names.label(node), null, null, null, nested(node, names, lang));
		}
		return new Value(names.label(node), href(node, lang), null, null);
	}

	/** Where a link to a resource goes: its page here when it is ours, else its IRI. */
	private String href(Node node, String lang) {
		if (!node.isURI()) {
			return null;
		}
		String suffix = lang.equals("fr") ? "" : "?lang=" + lang;
		String path = Documents.documentPathOf(node, this.base, this.vocabularyBase);
		if (path != null) {
			return path + ".html" + suffix;
		}
		if (node.getURI().startsWith(Agora.NS)) {
			return "/ns.html" + suffix + "#" + node.getURI().substring(Agora.NS.length());
		}
		return node.getURI();
	}

	private static String query(String lang, int page) {
		StringBuilder query = new StringBuilder();
		if (!lang.equals("fr")) {
			query.append("?lang=").append(lang);
		}
		if (page > 1) {
			query.append(query.isEmpty() ? "?" : "&").append("page=").append(page);
		}
		return query.toString();
	}

	private static List<PageModel.Alternate> alternates(String documentPath, int page) {
		List<PageModel.Alternate> alternates = new ArrayList<>();
		for (Representation representation : Representation.values()) {
			if (representation != Representation.HTML) {
				alternates.add(new PageModel.Alternate(representation.label(),
						documentPath + "." + representation.extension() + Documents.pageQuery(page),
						representation.mediaType().toString()));
			}
		}
		return alternates;
	}

	/**
	 * The point of the resource, or of the first place it links to, from
	 * {@code schema:latitude} and {@code schema:longitude}.
	 */
	private PageModel.Point point(Description description, Names names) {
		Node subject = description.subject();
		List<Node> candidates = new ArrayList<>();
		candidates.add(subject);
		description.quads()
			.find(Node.ANY, subject, Node.ANY, Node.ANY)
			.forEachRemaining((quad) -> candidates.add(quad.getObject()));
		return Txn.calculateRead(this.dataset, () -> {
			for (Node candidate : candidates) {
				if (candidate.isLiteral()) {
					continue;
				}
				Node latitude = first(candidate, Schema.latitude.asNode());
				Node longitude = first(candidate, Schema.longitude.asNode());
				if (latitude != null && longitude != null) {
					try {
						Double.parseDouble(latitude.getLiteralLexicalForm());
						Double.parseDouble(longitude.getLiteralLexicalForm());
					}
					catch (RuntimeException ex) {
						continue;
					}
					return new PageModel.Point(latitude.getLiteralLexicalForm(), longitude.getLiteralLexicalForm(),
							names.label(candidate));
				}
			}
			return null;
		});
	}

	private Node first(Node subject, Node property) {
		var quads = this.dataset.find(Node.ANY, subject, property, Node.ANY);
		return quads.hasNext() ? quads.next().getObject() : null;
	}

	/** The most observations a page's table shows. */
	private static final int MAX_OBSERVATIONS = 200;

	/**
	 * The indicator observations of a resource (those whose feature of interest it is),
	 * one row each: indicator, value, unit, period, method, source.
	 */
	private PageModel.Table observations(Node subject, String lang) {
		return Txn.calculateRead(this.dataset, () -> {
			List<Node> found = new ArrayList<>();
			this.dataset.find(Node.ANY, Node.ANY, Sosa.hasFeatureOfInterest, subject).forEachRemaining((quad) -> {
				if (found.size() < MAX_OBSERVATIONS && !found.contains(quad.getSubject())) {
					found.add(quad.getSubject());
				}
			});
			if (found.isEmpty()) {
				return null;
			}
			List<List<Value>> rows = new ArrayList<>();
			List<String> sortKeys = new ArrayList<>();
			for (Node observation : found) {
				Graph about = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
				this.dataset.find(Node.ANY, observation, Node.ANY, Node.ANY)
					.forEachRemaining((quad) -> about.add(quad.asTriple()));
				Node indicator = object(about, observation, Agora.indicator.asNode());
				Node unit = object(about, observation, Sosa.unit);
				Node source = object(about, observation, DCTerms.source.asNode());
				Names names = new Names(labelsOf(about, indicator, unit, source), lang);
				Node value = object(about, observation, Agora.value.asNode());
				Node approximate = object(about, observation, Agora.approximate.asNode());
				String valueText = ((approximate != null && "true".equals(approximate.getLiteralLexicalForm())) ? "≈ "
						: "") + ((value != null) ? number(value, lang) : "");
				String unitText = null;
				if (unit != null) {
					Node symbol = first(unit, Sosa.symbol);
					unitText = (symbol != null) ? symbol.getLiteralLexicalForm() : names.label(unit);
				}
				String period = new Names(about, lang).literal(observation, Agora.periodLabel.asNode());
				if (period == null) {
					Node start = object(about, observation, Agora.periodStart.asNode());
					Node end = object(about, observation, Agora.periodEnd.asNode());
					period = ((start != null) ? start.getLiteralLexicalForm() + " – " : "")
							+ ((end != null) ? end.getLiteralLexicalForm() : "");
				}
				String method = new Names(about, lang).literal(observation, Agora.method.asNode());
				rows.add(List.of((indicator != null) ? value(indicator, names, lang) : new Value("", null, null, null),
						new Value(valueText, href(observation, lang), null, null),
						new Value((unitText != null) ? unitText : "", null, null, null),
						new Value(period, null, null, null),
						new Value((method != null) ? method : "", null, null, null),
						(source != null) ? value(source, names, lang) : new Value("", null, null, null)));
				Node end = object(about, observation, Agora.periodEnd.asNode());
				sortKeys.add(rows.get(rows.size() - 1).get(0).text() + "|"
						+ ((end != null) ? end.getLiteralLexicalForm() : ""));
			}
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				order.add(i);
			}
			order.sort(Comparator.comparing(sortKeys::get));
			return new PageModel.Table(List.of(), order.stream().map(rows::get).toList());
		});
	}

	/** A number as people of the page's language write it (14, 1 234,5 or 1,234.5). */
	private static String number(Node literal, String lang) {
		try {
			java.math.BigDecimal number = new java.math.BigDecimal(literal.getLiteralLexicalForm())
				.stripTrailingZeros();
			java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
			format.setMaximumFractionDigits(Math.max(0, number.scale()));
			return format.format(number);
		}
		catch (NumberFormatException ex) {
			return literal.getLiteralLexicalForm();
		}
	}

	private static Node object(Graph graph, Node subject, Node property) {
		return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
	}

	/** A graph of the labels the store gives these nodes (any graph). */
	private Graph labelsOf(Graph into, Node... nodes) {
		for (Node node : nodes) {
			if (node == null) {
				continue;
			}
			for (Node property : Labels.PROPERTIES) {
				this.dataset.find(Node.ANY, node, property, Node.ANY)
					.forEachRemaining((quad) -> into.add(quad.asTriple()));
			}
		}
		return into;
	}

	/** The named graphs holding the resource's own statements, with their titles. */
	private List<PageModel.Source> sources(Description description, String lang) {
		Set<Node> graphNames = new LinkedHashSet<>();
		description.quads()
			.find(Node.ANY, description.subject(), Node.ANY, Node.ANY)
			.forEachRemaining((quad) -> graphNames.add(quad.getGraph()));
		Node sourcesGraph = this.graphs.sources();
		return Txn.calculateRead(this.dataset, () -> graphNames.stream().map((graph) -> {
			Graph about = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
			this.dataset.find(sourcesGraph, graph, Node.ANY, Node.ANY)
				.forEachRemaining((quad) -> about.add(quad.asTriple()));
			Names names = new Names(about, lang);
			String title = names.literal(graph, DCTerms.title.asNode());
			Node license = about.find(graph, DCTerms.license.asNode(), Node.ANY)
				.mapWith(Triple::getObject)
				.nextOptional()
				.orElse(null);
			return new PageModel.Source((title != null) ? title : graph.getURI(), graph.getURI(),
					(license != null && license.isURI()) ? license.getURI() : null);
		}).toList());
	}

	private static List<String> texts(Graph graph, Node subject, Node property, String lang) {
		List<Node> literals = graph.find(subject, property, Node.ANY)
			.mapWith(Triple::getObject)
			.filterKeep(Node::isLiteral)
			.toList();
		List<String> inLang = literals.stream()
			.filter((literal) -> literal.getLiteralLanguage().equalsIgnoreCase(lang))
			.map(Node::getLiteralLexicalForm)
			.toList();
		if (!inLang.isEmpty()) {
			return inLang;
		}
		return literals.stream().map(Node::getLiteralLexicalForm).limit(1).toList();
	}

	private String jsonLd(Description description) {
		String json = new String(this.rdf.toBytes(description.quads(), RdfFormat.JSONLD), StandardCharsets.UTF_8);
		// Nothing inside the script element may close it.
		return json.replace("</", "<\\/");
	}

	private static Context context(Locale locale) {
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("license", Documents.LICENSE);
		return context;
	}

	private byte[] process(String template, Context context) {
		return this.templates.process(template, context).getBytes(StandardCharsets.UTF_8);
	}

	/** Labels of nodes in one language, from a graph (and fallbacks). */
	static final class Names {

		private final Graph graph;

		private final String lang;

		private final Graph extra;

		Names(Graph graph, String lang) {
			this(graph, lang, null);
		}

		private Names(Graph graph, String lang, Graph extra) {
			this.graph = graph;
			this.lang = lang;
			this.extra = extra;
		}

		Graph graph() {
			return this.graph;
		}

		Names withOntology(Graph labels) {
			return new Names(this.graph, this.lang, labels);
		}

		/**
		 * The best label: in the page's language, then French, English, untagged, any;
		 * else a short form of the IRI.
		 */
		String label(Node node) {
			for (Node property : Labels.PROPERTIES) {
				String text = literal(node, property);
				if (text != null) {
					return text;
				}
			}
			if (node.isURI()) {
				return Prefixes.standard().shortForm(node.getURI());
			}
			return node.isBlank() ? "…" : node.toString();
		}

		String literal(Node node, Node property) {
			List<Node> literals = new ArrayList<>(this.graph.find(node, property, Node.ANY)
				.mapWith(Triple::getObject)
				.filterKeep(Node::isLiteral)
				.toList());
			if (this.extra != null) {
				this.extra.find(node, property, Node.ANY)
					.mapWith(Triple::getObject)
					.filterKeep(Node::isLiteral)
					.forEach(literals::add);
			}
			for (String wanted : List.of(this.lang, "fr", "en", "")) {
				for (Node literal : literals) {
					if (literal.getLiteralLanguage().equalsIgnoreCase(wanted)) {
						return literal.getLiteralLexicalForm();
					}
				}
			}
			return literals.isEmpty() ? null : literals.get(0).getLiteralLexicalForm();
		}

	}

}
