package org.w3id.agora.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * RDF comparisons for tests. What the server sends is parsed back with RDF4J Rio, an
 * independent parser, and compared with what the store holds by graph isomorphism, never
 * as text.
 */
public final class Rdf {

	private Rdf() {
	}

	/** Parses bytes with Rio in the format named by its media type. */
	public static Model parseWithRio(byte[] body, String mediaType, String baseUri) {
		RDFFormat format = Rio.getParserFormatForMIMEType(mediaType)
			.orElseThrow(() -> new AssertionError("Rio has no parser for " + mediaType));
		try {
			return Rio.parse(new ByteArrayInputStream(body), baseUri, format);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Jena graph as a Rio model (through N-Triples). */
	public static Model toRio(Graph graph) {
		StringWriter out = new StringWriter();
		RDFDataMgr.write(out, graph, Lang.NTRIPLES);
		try {
			return Rio.parse(new java.io.StringReader(out.toString()), "", RDFFormat.NTRIPLES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static boolean isomorphic(Model expected, Model actual) {
		return Models.isomorphic(expected, actual);
	}

}
