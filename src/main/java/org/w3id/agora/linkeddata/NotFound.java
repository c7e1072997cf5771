package org.w3id.agora.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.w3id.agora.vocab.Labels;
import org.w3id.agora.web.RdfOutput;

/**
 * Error answers of dereferencing, each in the representation the client negotiated: an
 * HTML page for browsers, for RDF clients a document in their syntax whose one statement
 * explains the error, and plain text when no representation is acceptable.
 */
@Component
class NotFound {

	private final RdfOutput rdf;

	private final Pages pages;

	NotFound(RdfOutput rdf, Pages pages) {
		this.rdf = rdf;
		this.pages = pages;
	}

	ResponseEntity<byte[]> answer(Representation representation, HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI();
		byte[] body;
		if (representation == Representation.HTML) {
			body = this.pages.notFound(path, locale);
		}
		else {
			DatasetGraph statement = DatasetGraphFactory.createGeneral();
			statement.add(Quad.defaultGraphIRI, NodeFactory.createURI(request.getRequestURL().toString()), Labels.LABEL,
					NodeFactory.createLiteralLang("No resource is known at " + path + ".", "en"));
			statement.add(Quad.defaultGraphIRI, NodeFactory.createURI(request.getRequestURL().toString()), Labels.LABEL,
					NodeFactory.createLiteralLang("Aucune ressource n'est connue à l'adresse " + path + ".", "fr"));
			body = this.rdf.toBytes(statement, representation.rdf().orElseThrow());
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(Documents.contentType(representation))
			.header(HttpHeaders.VARY, "Accept")
			.body(body);
	}

	ResponseEntity<byte[]> notAcceptable() {
		return text(HttpStatus.NOT_ACCEPTABLE,
				"None of the media types in Accept is offered here. Offered: " + Representation.offered() + ".");
	}

	ResponseEntity<byte[]> badRequest(String message, HttpServletRequest request) {
		return text(HttpStatus.BAD_REQUEST, message);
	}

	private static ResponseEntity<byte[]> text(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.VARY, "Accept")
			.body((message + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
