package org.w3id.agora.vocab;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The prefixes Agora writes RDF with are those of its published JSON-LD context. */
class PrefixesTests {

	@Test
	void prefixes_equalTheJsonLdContextPrefixes() throws Exception {
		Map<String, String> context = new TreeMap<>();
		try (InputStream in = getClass().getResourceAsStream("/ontology/context.jsonld")) {
			JsonNode terms = JsonMapper.builder().build().readTree(in).get("@context");
			terms.properties().forEach((entry) -> {
				if (entry.getValue().isString() && !entry.getValue().asString().startsWith("@")) {
					context.put(entry.getKey(), entry.getValue().asString());
				}
			});
		}
		assertThat(context).isEqualTo(new TreeMap<>(Prefixes.standard().getNsPrefixMap()));
	}

}
