package org.w3id.agora.linkeddata;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.w3id.agora.web.RdfOutput;

/**
 * The HTTP face of dereferencing; it only maps requests to {@link Describer} and
 * {@link Documents}. Resources ({@code /id/x}, {@code /ns}) answer 303 to a document
 * ({@code /doc/x.ttl}, {@code /ns.html}) chosen by {@code Accept}; documents answer in
 * the representation their extension names, or by {@code Accept} when they have none.
 */
@RestController
class LinkedDataController {

	private static final String ID = "/id/";

	private static final String DOC = "/doc/";

	private final Describer describer;

	private final Documents documents;

	private final NotFound notFound;

	private final RdfOutput rdf;

	LinkedDataController(Describer describer, Documents documents, NotFound notFound, RdfOutput rdf) {
		this.describer = describer;
		this.documents = documents;
		this.notFound = notFound;
		this.rdf = rdf;
	}

	@GetMapping("/id/**")
	ResponseEntity<byte[]> resource(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		String path = pathAfter(request, ID);
		Optional<Representation> representation = Representation.negotiate(accept);
		if (representation.isEmpty()) {
			return this.notFound.notAcceptable();
		}
		if (path.isEmpty() || this.describer.resolve(path).isEmpty()) {
			return this.notFound.answer(representation.get(), request, locale(request));
		}
		return Documents.seeOther(DOC + path, representation.get(), request.getQueryString());
	}

	@GetMapping("/doc/**")
	ResponseEntity<byte[]> document(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(name = "page", defaultValue = "1") String page) {
		String path = pathAfter(request, DOC);
		int dot = path.lastIndexOf('.');
		Optional<Representation> named = (dot > path.lastIndexOf('/'))
				? Representation.byExtension(path.substring(dot + 1)) : Optional.empty();
		Optional<Representation> representation = named.isPresent() ? named : Representation.negotiate(accept);
		if (representation.isEmpty()) {
			return this.notFound.notAcceptable();
		}
		String resourcePath = named.isPresent() ? path.substring(0, dot) : path;
		int pageNumber = parsePage(page);
		if (pageNumber < 1) {
			return this.notFound.badRequest("The parameter 'page' must be a whole number from 1, got '" + page + "'.",
					request);
		}
		Optional<Description> description = resourcePath.isEmpty() ? Optional.empty()
				: this.describer.describe(resourcePath, pageNumber);
		if (description.isEmpty()) {
			return this.notFound.answer(representation.get(), request, locale(request));
		}
		ResponseEntity<byte[]> answer = this.documents.answer(description.get(), representation.get(),
				DOC + resourcePath, locale(request));
		if (named.isEmpty()) {
			return ResponseEntity.status(answer.getStatusCode())
				.headers(answer.getHeaders())
				.header(HttpHeaders.CONTENT_LOCATION,
						DOC + resourcePath + "." + representation.get().extension() + Documents.pageQuery(pageNumber))
				.body(answer.getBody());
		}
		return answer;
	}

	@GetMapping("/ns")
	ResponseEntity<byte[]> ontology(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return Representation.negotiate(accept)
			.map((representation) -> Documents.seeOther("/ns", representation, request.getQueryString()))
			.orElseGet(this.notFound::notAcceptable);
	}

	@GetMapping("/ns.{extension}")
	ResponseEntity<byte[]> ontologyDocument(HttpServletRequest request, @PathVariable String extension) {
		Optional<Representation> representation = Representation.byExtension(extension);
		if (representation.isEmpty()) {
			return this.notFound.answer(Representation.TURTLE, request, locale(request));
		}
		return this.documents.answer(this.describer.ontology(), representation.get(), "/ns", locale(request));
	}

	/** The JSON-LD context every JSON-LD answer refers to. */
	@GetMapping("/ns/context.jsonld")
	ResponseEntity<byte[]> context() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/ld+json"))
			.lastModified(this.documents.lastModified())
			.header(HttpHeaders.LINK, "<" + Documents.LICENSE + ">; rel=\"license\"")
			.body(this.rdf.contextDocument());
	}

	private static String pathAfter(HttpServletRequest request, String prefix) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
	}

	private static int parsePage(String page) {
		try {
			return Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static Locale locale(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request);
	}

}
