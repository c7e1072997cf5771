package org.w3id.agora.sparql;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QueryFormTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			SELECT * {}                                                        | SELECT
			  ask {}                                                           | ASK
			PREFIX ex: <http://example.org/> CONSTRUCT WHERE { ?s ?p ?o }      | CONSTRUCT
			# a comment with SELECT in it\\nDESCRIBE <http://example.org/x>    | DESCRIBE
			BASE <http://example.org/> prefix a: <a#> PREFIX : <b#> select ?x {} | SELECT
			""")
	void of_readsTheFormAfterThePrologueAndComments(String query, QueryForm expected) {
		assertThat(QueryForm.of(query.replace("\\n", "\n"))).contains(expected);
	}

	@ParameterizedTest(name = "{0} -> unknown")
	@CsvSource(delimiter = '|', textBlock = """
			INSERT DATA {}
			PREFIX broken: <http://example.org/
			{ ?s ?p ?o }
			''
			""")
	void of_unknownOrBrokenQuery_isLeftToTheParser(String query) {
		assertThat(QueryForm.of(query)).isEqualTo(Optional.empty());
	}

}
