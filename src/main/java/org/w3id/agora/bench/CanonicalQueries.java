package org.w3id.agora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The canonical queries of {@code sparql/**}{@code /*.rq} on the classpath, whatever
 * exists in this build, sorted by path.
 */
final class CanonicalQueries {

	/** A query file: its path under {@code sparql/} and its text. */
	record Query(String name, String text) {
	}

	private CanonicalQueries() {
	}

	static List<Query> all() {
		List<Query> queries = new ArrayList<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:sparql/**/*.rq")) {
				String url = file.getURL().toString();
				String name = url.substring(url.lastIndexOf("sparql/") + "sparql/".length());
				try (InputStream in = file.getInputStream()) {
					queries.add(new Query(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the canonical queries", ex);
		}
		queries.sort(Comparator.comparing(Query::name));
		return queries;
	}

}
