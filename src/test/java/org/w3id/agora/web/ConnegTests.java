package org.w3id.agora.web;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ConnegTests {

	/** Linked-data order: Turtle is the server's preference, HTML only when asked for. */
	private static final List<Conneg.Offer<String>> OFFERS = List.of(offer("text/turtle", "ttl"),
			offer("application/ld+json", "jsonld"), offer("application/rdf+xml", "rdf"),
			offer("application/n-triples", "nt"), offer("text/html", "html"));

	@ParameterizedTest(name = "Accept: {0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			                                                                      | ttl
			*/*                                                                   | ttl
			text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8        | html
			application/ld+json                                                   | jsonld
			application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"   | jsonld
			text/turtle;q=0.5, application/rdf+xml                                | rdf
			application/*;q=0.9, text/turtle;q=0.8                                | jsonld
			text/*;q=0.5, text/html;q=0.1                                         | ttl
			*/*;q=0.1, application/n-triples                                      | nt
			text/html;q=0, */*                                                    | ttl
			not a media type                                                      | ttl
			""")
	void choose_followsQualityThenSpecificityThenServerOrder(String accept, String expected) {
		assertThat(Conneg.choose(accept, OFFERS)).contains(expected);
	}

	@ParameterizedTest(name = "Accept: {0} -> none")
	@CsvSource(delimiter = '|', textBlock = """
			image/png
			text/turtle;q=0, application/*;q=0, text/html;q=0
			application/json
			""")
	void choose_nothingAcceptable_isEmpty(String accept) {
		assertThat(Conneg.choose(accept, OFFERS)).isEqualTo(Optional.empty());
	}

	private static Conneg.Offer<String> offer(String type, String value) {
		return new Conneg.Offer<>(MediaType.parseMediaType(type), value);
	}

}
