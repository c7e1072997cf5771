package org.w3id.agora.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.w3id.agora.web.Conneg;
import org.w3id.agora.web.RdfFormat;

/**
 * The representations a resource's document comes in: the RDF formats of
 * {@link RdfFormat} and an HTML page. The declaration order is the server's preference
 * when the client's {@code Accept} ties: Turtle first (scripts sending
 * {@code *}{@code /*} or nothing get Turtle), HTML as soon as it is named (browsers name
 * it explicitly).
 */
enum Representation {

	TURTLE(RdfFormat.TURTLE), JSONLD(RdfFormat.JSONLD), RDFXML(RdfFormat.RDFXML), NTRIPLES(RdfFormat.NTRIPLES),
	HTML(null), TRIG(RdfFormat.TRIG), NQUADS(RdfFormat.NQUADS);

	static final List<Conneg.Offer<Representation>> OFFERS = Arrays.stream(values())
		.map((representation) -> new Conneg.Offer<>(representation.mediaType(), representation))
		.toList();

	private final RdfFormat rdf;

	Representation(RdfFormat rdf) {
		this.rdf = rdf;
	}

	/** The RDF format, or empty for HTML. */
	Optional<RdfFormat> rdf() {
		return Optional.ofNullable(this.rdf);
	}

	MediaType mediaType() {
		return (this.rdf != null) ? this.rdf.mediaType() : MediaType.TEXT_HTML;
	}

	String extension() {
		return (this.rdf != null) ? this.rdf.extension() : "html";
	}

	String label() {
		return (this.rdf != null) ? this.rdf.label() : "HTML";
	}

	static Optional<Representation> byExtension(String extension) {
		return Arrays.stream(values()).filter((r) -> r.extension().equalsIgnoreCase(extension)).findFirst();
	}

	/** The representation to serve for {@code accept}, or empty (406). */
	static Optional<Representation> negotiate(String accept) {
		return Conneg.choose(accept, OFFERS);
	}

	/** The offered media types, for a 406 answer. */
	static String offered() {
		return String.join(", ", OFFERS.stream().map((offer) -> offer.mediaType().toString()).toList());
	}

}
