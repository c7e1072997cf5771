package org.w3id.agora.sparql;

import java.util.Locale;
import java.util.Optional;

/**
 * The form of a SPARQL query read from its first keyword, without parsing the query: the
 * prologue ({@code BASE}, {@code PREFIX}) and comments are skipped. Used to negotiate the
 * response format before the query reaches Fuseki; a query this cannot classify is left
 * to Fuseki's parser.
 */
enum QueryForm {

	SELECT(true), ASK(true), CONSTRUCT(false), DESCRIBE(false);

	private final boolean results;

	QueryForm(boolean results) {
		this.results = results;
	}

	/** Whether the answer is a result set or boolean (else an RDF graph). */
	boolean answersWithResults() {
		return this.results;
	}

	static Optional<QueryForm> of(String query) {
		int i = 0;
		int n = query.length();
		while (i < n) {
			char c = query.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '#') {
				while (i < n && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
					i++;
				}
			}
			else {
				int start = i;
				while (i < n && Character.isLetter(query.charAt(i))) {
					i++;
				}
				String word = query.substring(start, i).toUpperCase(Locale.ROOT);
				switch (word) {
					case "PREFIX" -> i = skipPastIri(query, i);
					case "BASE" -> i = skipPastIri(query, i);
					default -> {
						return form(word);
					}
				}
				if (i < 0) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Skips to just after the next {@code >}, which closes the IRI of a prologue
	 * declaration.
	 */
	private static int skipPastIri(String query, int from) {
		int close = query.indexOf('>', from);
		return (close < 0) ? -1 : close + 1;
	}

	private static Optional<QueryForm> form(String word) {
		for (QueryForm form : values()) {
			if (form.name().equals(word)) {
				return Optional.of(form);
			}
		}
		return Optional.empty();
	}

}
