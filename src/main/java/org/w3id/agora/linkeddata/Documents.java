package org.w3id.agora.linkeddata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.w3id.agora.store.StoreState;
import org.w3id.agora.web.RdfOutput;

/**
 * Turns a description into an HTTP answer in one representation, with the headers of a
 * linked-data document: validators from the store's state ({@code ETag},
 * {@code Last-Modified}, so conditional requests get 304), {@code Link} to the other
 * representations, to the licence and to the neighbouring pages of incoming links.
 */
@Component
class Documents {

	static final String LICENSE = "https://creativecommons.org/licenses/by-sa/4.0/";

	/**
	 * Distinguishes this run of the server in validators: the store may change between
	 * runs (an offline load) while the version counter starts again.
	 */
	private final String runToken = Long.toString(System.currentTimeMillis(), 36);

	private final StoreState state;

	private final RdfOutput rdf;

	private final Pages pages;

	Documents(StoreState state, RdfOutput rdf, Pages pages) {
		this.state = state;
		this.rdf = rdf;
		this.pages = pages;
	}

	/**
	 * The document at {@code documentPath} (without extension) in {@code representation}.
	 */
	ResponseEntity<byte[]> answer(Description description, Representation representation, String documentPath,
			Locale locale) {
		StoreState.Version version = this.state.version();
		byte[] body = switch (representation) {
			case HTML -> this.pages.render(description, documentPath, locale);
			default -> this.rdf.toBytes(description.quads(), representation.rdf().orElseThrow());
		};
		String tag = this.runToken + "-" + version.number() + "-" + representation.extension()
				+ ((representation == Representation.HTML) ? "-" + locale.getLanguage() : "") + "-p"
				+ description.page();
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(contentType(representation))
			.eTag("\"" + tag + "\"")
			.lastModified(version.committed())
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.VARY, (representation == Representation.HTML) ? "Accept, Accept-Language" : "Accept")
			.header(HttpHeaders.LINK, links(description, representation, documentPath).toArray(String[]::new));
		return answer.body(body);
	}

	static MediaType contentType(Representation representation) {
		MediaType type = representation.mediaType();
		boolean text = type.getType().equals("text") || representation == Representation.NTRIPLES
				|| representation == Representation.NQUADS;
		return text ? new MediaType(type, StandardCharsets.UTF_8) : type;
	}

	private static List<String> links(Description description, Representation representation, String documentPath) {
		List<String> links = new ArrayList<>();
		for (Representation other : Representation.values()) {
			if (other != representation) {
				links.add("<" + documentPath + "." + other.extension() + pageQuery(description.page())
						+ ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"");
			}
		}
		links.add("<" + LICENSE + ">; rel=\"license\"");
		String self = documentPath + "." + representation.extension();
		if (description.page() > 1) {
			links.add("<" + self + pageQuery(description.page() - 1) + ">; rel=\"prev\"");
		}
		if (description.hasNextPage()) {
			links.add("<" + self + pageQuery(description.page() + 1) + ">; rel=\"next\"");
		}
		return links;
	}

	static String pageQuery(int page) {
		return (page > 1) ? "?page=" + page : "";
	}

	/** A 303 to the document in the chosen representation. */
	static ResponseEntity<byte[]> seeOther(String documentPath, Representation representation, String query) {
		String target = documentPath + "." + representation.extension() + ((query != null) ? "?" + query : "");
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, target)
			.header(HttpHeaders.VARY, "Accept")
			.build();
	}

	/** The document path of a resource IRI, relative to this server, or null. */
	static String documentPathOf(Node iri, String base, String vocabularyBase) {
		if (!iri.isURI()) {
			return null;
		}
		String value = iri.getURI();
		for (String prefix : List.of(base + "id/", vocabularyBase + "id/")) {
			if (value.startsWith(prefix)) {
				return "/doc/" + value.substring(prefix.length());
			}
		}
		return null;
	}

	Instant lastModified() {
		return this.state.version().committed();
	}

}
