package org.w3id.agora.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reads RDF request bodies as a public write endpoint must: the body capped in size
 * (413), the syntax chosen by {@code Content-Type} among the formats given (415
 * otherwise), and the content checked before or while parsing, each problem answered 400
 * with a message naming it: invalid UTF-8, a DOCTYPE or entity declaration in RDF/XML, a
 * remote JSON-LD context, a syntax error (with its line), an ill-formed IRI, a literal
 * longer than allowed, named graphs where a graph is expected, and nesting too deep for
 * the parser's stack.
 */
public final class RdfBodies {

	/** The syntaxes accepted for a graph: Turtle, JSON-LD, RDF/XML and N-Triples. */
	public static final List<RdfFormat> GRAPH_FORMATS = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.RDFXML,
			RdfFormat.NTRIPLES);

	private RdfBodies() {
	}

	/** Reads the body, refusing one longer than {@code limit} bytes with 413. */
	public static byte[] read(HttpServletRequest request, long limit) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			throw tooLarge(declared + " bytes", limit);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
			if (body.length > limit) {
				throw tooLarge("more than " + limit + " bytes", limit);
			}
			return body;
		}
	}

	private static BodyProblem tooLarge(String size, long limit) {
		return new BodyProblem(413, "Request body too large: " + size + " sent, at most " + limit
				+ " bytes accepted (agora.writes.max-body-size). Split the data into several requests.");
	}

	/** The format of the body among those accepted, or 415 naming them. */
	public static RdfFormat format(String contentType, List<RdfFormat> accepted) {
		return RdfFormat.byContentType(contentType)
			.filter(accepted::contains)
			.orElseThrow(() -> new BodyProblem(415,
					"Unsupported Content-Type '" + contentType + "': send one of "
							+ accepted.stream()
								.map((format) -> format.mediaType().toString() + " (" + format.label() + ")")
								.collect(Collectors.joining(", "))
							+ "."));
	}

	/**
	 * Parses a body into a graph. Relative IRIs resolve against {@code base}.
	 * @throws BodyProblem 400 naming the problem
	 */
	public static Graph parse(byte[] body, RdfFormat format, String base, int maxLiteralLength) {
		checkEncoding(body, format);
		Graph graph = GraphFactory.createDefaultGraph();
		StreamRDF sink = new Checked(graph, maxLiteralLength);
		Context context = new Context();
		context.set(LangJSONLD11.JSONLD_OPTIONS, LocalJsonLdContexts.OPTIONS);
		try {
			RDFParser.source(new ByteArrayInputStream(body))
				.lang(format.lang())
				.base(base)
				.context(context)
				.errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
				.parse(sink);
		}
		catch (BodyProblem ex) {
			throw ex;
		}
		catch (RiotException ex) {
			throw new BodyProblem(400, "The " + format.label() + " body does not parse: " + ex.getMessage());
		}
		catch (StackOverflowError ex) {
			throw new BodyProblem(400,
					"The " + format.label() + " body nests too deeply to be parsed (a limit of the parser's stack).");
		}
		catch (RuntimeException ex) {
			throw new BodyProblem(400, "The " + format.label() + " body does not parse: " + ex.getMessage());
		}
		return graph;
	}

	private static void checkEncoding(byte[] body, RdfFormat format) {
		if (format == RdfFormat.RDFXML) {
			int start = (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
					&& (body[2] & 0xFF) == 0xBF) ? 3 : 0;
			while (start < body.length && Character.isWhitespace(body[start])) {
				start++;
			}
			if (start < body.length && body[start] != '<') {
				// UTF-16 or another encoding where markup is not ASCII: the checks below
				// could not see it.
				throw new BodyProblem(400, "RDF/XML is accepted in UTF-8 (or an ASCII-compatible encoding) only.");
			}
			String head = new String(body, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
			if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
				throw new BodyProblem(400, "RDF/XML with a DOCTYPE or ENTITY declaration is not accepted "
						+ "(entities can read local files or expand without bound); remove the declaration.");
			}
			return;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
		}
		catch (CharacterCodingException ex) {
			throw new BodyProblem(400,
					"The " + format.label() + " body is not valid UTF-8 (" + ex.getMessage() + "); send UTF-8.");
		}
	}

	/** Refuses named graphs and over-long literals as they are parsed. */
	private static final class Checked extends StreamRDFWrapper {

		private final Graph graph;

		private final int maxLiteralLength;

		Checked(Graph graph, int maxLiteralLength) {
			super(org.apache.jena.riot.system.StreamRDFLib.graph(graph));
			this.graph = graph;
			this.maxLiteralLength = maxLiteralLength;
		}

		@Override
		public void triple(Triple triple) {
			Node object = triple.getObject();
			if (object.isLiteral() && object.getLiteralLexicalForm().length() > this.maxLiteralLength) {
				throw new BodyProblem(400,
						"A literal of " + object.getLiteralLexicalForm().length() + " characters (object of <"
								+ triple.getPredicate().getURI() + ">) is longer than the " + this.maxLiteralLength
								+ " accepted (agora.writes.max-literal-length).");
			}
			this.graph.add(triple);
		}

		@Override
		public void quad(Quad quad) {
			if (quad.isDefaultGraph()) {
				triple(quad.asTriple());
				return;
			}
			throw new BodyProblem(400, "The body holds a named graph (<" + quad.getGraph()
					+ ">); send the triples of one graph, Agora chooses the graph they go to.");
		}

	}

}
