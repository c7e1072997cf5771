package org.w3id.agora.web;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.springframework.http.MediaType;

/**
 * The RDF syntaxes Agora reads and writes, each with its media types, file extension and
 * capabilities. This is the one list of formats: content negotiation, document URLs
 * ({@code /doc/x.ttl}), dumps and contributions all draw on it.
 */
public enum RdfFormat {

	TURTLE("Turtle", "text/turtle", List.of("application/x-turtle", "application/turtle"), "ttl", Lang.TURTLE, false),

	JSONLD("JSON-LD", "application/ld+json", List.of(), "jsonld", Lang.JSONLD, true),

	RDFXML("RDF/XML", "application/rdf+xml", List.of(), "rdf", Lang.RDFXML, false),

	NTRIPLES("N-Triples", "application/n-triples", List.of(), "nt", Lang.NTRIPLES, false),

	NQUADS("N-Quads", "application/n-quads", List.of("text/n-quads", "text/x-nquads"), "nq", Lang.NQUADS, true),

	TRIG("TriG", "application/trig", List.of("text/trig"), "trig", Lang.TRIG, true);

	private final String label;

	private final MediaType mediaType;

	private final List<MediaType> aliases;

	private final String extension;

	private final Lang lang;

	private final boolean quads;

	RdfFormat(String label, String mediaType, List<String> aliases, String extension, Lang lang, boolean quads) {
		this.label = label;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.aliases = aliases.stream().map(MediaType::parseMediaType).toList();
		this.extension = extension;
		this.lang = lang;
		this.quads = quads;
	}

	/** A name for people: {@code Turtle}, {@code JSON-LD}. */
	public String label() {
		return this.label;
	}

	/** The registered media type. */
	public MediaType mediaType() {
		return this.mediaType;
	}

	/** Other media types clients use for the same syntax. */
	public List<MediaType> aliases() {
		return this.aliases;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	/** Jena's language for this syntax. */
	public Lang lang() {
		return this.lang;
	}

	/** Whether the syntax can carry named graphs. */
	public boolean carriesGraphs() {
		return this.quads;
	}

	public static Optional<RdfFormat> byExtension(String extension) {
		for (RdfFormat format : values()) {
			if (format.extension.equalsIgnoreCase(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/**
	 * The format of a request body, from its {@code Content-Type} (parameters ignored).
	 */
	public static Optional<RdfFormat> byContentType(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return Optional.empty();
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return Optional.empty();
		}
		for (RdfFormat format : values()) {
			if (format.mediaType.equalsTypeAndSubtype(type)
					|| format.aliases.stream().anyMatch((alias) -> alias.equalsTypeAndSubtype(type))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
