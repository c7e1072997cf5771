package org.w3id.agora.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3id.agora.vocab.Agora;
import org.w3id.agora.vocab.Prefixes;

/**
 * Writes RDF in each format of {@link RdfFormat}, the one place answers are serialised:
 * Turtle and TriG with Agora's prefixes, JSON-LD compacted against the published context
 * ({@code ontology/context.jsonld}, referenced by its URL {@link Agora#CONTEXT}) so that
 * JSON consumers get short keys, and every other syntax as Jena writes it.
 */
@Component
public class RdfOutput {

	private static final String CONTEXT_RESOURCE = "ontology/context.jsonld";

	private final JsonDocument context;

	private final byte[] contextBytes;

	public RdfOutput() {
		try (InputStream in = new ClassPathResource(CONTEXT_RESOURCE).getInputStream()) {
			this.contextBytes = in.readAllBytes();
			this.context = JsonDocument.of(new java.io.ByteArrayInputStream(this.contextBytes));
		}
		catch (IOException | JsonLdError ex) {
			throw new IllegalStateException("Cannot read the JSON-LD context " + CONTEXT_RESOURCE, ex);
		}
	}

	/** The published JSON-LD context document. */
	public byte[] contextDocument() {
		return this.contextBytes.clone();
	}

	/**
	 * Writes {@code data} in {@code format}: formats with graphs keep each statement's
	 * graph; the others write the union of the graphs.
	 */
	public void write(DatasetGraph data, RdfFormat format, OutputStream out) {
		data.prefixes().putAll(Prefixes.standard());
		switch (format) {
			case JSONLD -> writeJsonLd(data, out);
			case TURTLE -> writeGraph(data, RDFFormat.TURTLE_PRETTY, out);
			case RDFXML -> writeGraph(data, RDFFormat.RDFXML_PLAIN, out);
			case NTRIPLES -> writeGraph(data, RDFFormat.NTRIPLES_UTF8, out);
			case TRIG -> RDFWriter.source(data).format(RDFFormat.TRIG_PRETTY).output(out);
			case NQUADS -> RDFWriter.source(data).format(RDFFormat.NQUADS_UTF8).output(out);
		}
	}

	public byte[] toBytes(DatasetGraph data, RdfFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		write(data, format, out);
		return out.toByteArray();
	}

	private static void writeGraph(DatasetGraph data, RDFFormat format, OutputStream out) {
		Graph union = allStatements(data);
		union.getPrefixMapping().setNsPrefixes(Prefixes.standard());
		RDFWriter.source(union).format(format).output(out);
	}

	/** The statements of the default graph and of every named graph, as one graph. */
	private static Graph allStatements(DatasetGraph data) {
		return data.getDefaultGraph().isEmpty() ? data.getUnionGraph()
				: new Union(data.getDefaultGraph(), data.getUnionGraph());
	}

	/**
	 * JSON-LD of the union graph (a JSON consumer wants one graph), expanded from RDF by
	 * Titanium and compacted against Agora's context in JSON-LD 1.0 mode, which every
	 * processor reads.
	 */
	private void writeJsonLd(DatasetGraph data, OutputStream out) {
		DatasetGraph union = DatasetGraphFactory.wrap(allStatements(data));
		try {
			JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(union))).get();
			JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), this.context)
				.mode(JsonLdVersion.V1_0)
				.get();
			JsonObjectBuilder document = Json.createObjectBuilder().add("@context", Agora.CONTEXT);
			compacted.forEach((key, value) -> {
				if (!"@context".equals(key)) {
					document.add(key, value);
				}
			});
			JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
			try (JsonWriter writer = writers.createWriter(out)) {
				writer.writeObject(document.build());
			}
		}
		catch (JsonLdError ex) {
			throw new UncheckedIOException(new IOException("JSON-LD serialisation failed: " + ex.getMessage(), ex));
		}
	}

}
