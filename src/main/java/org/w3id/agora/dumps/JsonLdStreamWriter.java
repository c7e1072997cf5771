package org.w3id.agora.dumps;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes quads as expanded JSON-LD 1.1, streaming: a top-level array holding one
 * {@code {"@id": graph, "@graph": [...]}} object per named graph and, inside it, one node
 * object per subject. Only the statements of the current subject are held in memory, so
 * quads should come grouped by graph and subject (the GSPO order of TDB2); a subject met
 * again later gets a second node object, which JSON-LD merges. Triples of the default
 * graph, if any, are top-level node objects. Every literal keeps its lexical form
 * ({@code @value} as a string with {@code @type} or {@code @language}).
 */
final class JsonLdStreamWriter implements AutoCloseable {

	private static final JsonFactory FACTORY = new JsonFactory();

	private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

	private final JsonGenerator json;

	private Node graph;

	private boolean inGraph;

	private Node subject;

	private final Map<Node, List<Node>> properties = new LinkedHashMap<>();

	JsonLdStreamWriter(OutputStream out) {
		this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
		this.json.writeStartArray();
	}

	void quad(Quad quad) {
		Node graphName = quad.isDefaultGraph() ? null : quad.getGraph();
		if (!Objects.equals(graphName, this.graph) || (graphName != null && !this.inGraph)) {
			flushSubject();
			if (this.inGraph) {
				this.json.writeEndArray();
				this.json.writeEndObject();
				this.inGraph = false;
			}
			this.graph = graphName;
			if (graphName != null) {
				this.json.writeStartObject();
				this.json.writeStringProperty("@id", id(graphName));
				this.json.writeName("@graph");
				this.json.writeStartArray();
				this.inGraph = true;
			}
		}
		if (!quad.getSubject().equals(this.subject)) {
			flushSubject();
			this.subject = quad.getSubject();
		}
		this.properties.computeIfAbsent(quad.getPredicate(), (key) -> new ArrayList<>()).add(quad.getObject());
	}

	private void flushSubject() {
		if (this.subject == null) {
			return;
		}
		this.json.writeStartObject();
		this.json.writeStringProperty("@id", id(this.subject));
		for (Map.Entry<Node, List<Node>> property : this.properties.entrySet()) {
			this.json.writeName(property.getKey().getURI());
			this.json.writeStartArray();
			for (Node object : property.getValue()) {
				value(object);
			}
			this.json.writeEndArray();
		}
		this.json.writeEndObject();
		this.subject = null;
		this.properties.clear();
	}

	private void value(Node object) {
		this.json.writeStartObject();
		if (object.isLiteral()) {
			this.json.writeStringProperty("@value", object.getLiteralLexicalForm());
			String language = object.getLiteralLanguage();
			if (language != null && !language.isEmpty()) {
				this.json.writeStringProperty("@language", language);
			}
			else if (!XSD_STRING.equals(object.getLiteralDatatypeURI())) {
				this.json.writeStringProperty("@type", object.getLiteralDatatypeURI());
			}
		}
		else {
			this.json.writeStringProperty("@id", id(object));
		}
		this.json.writeEndObject();
	}

	/** An IRI as is; a blank node as a label made of its internal label, hex-encoded. */
	private static String id(Node node) {
		if (node.isBlank()) {
			return "_:b" + HexFormat.of().formatHex(node.getBlankNodeLabel().getBytes(StandardCharsets.UTF_8));
		}
		return node.getURI();
	}

	/** Ends the document; the underlying stream is flushed, not closed. */
	@Override
	public void close() {
		flushSubject();
		if (this.inGraph) {
			this.json.writeEndArray();
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
		this.json.flush();
	}

}
