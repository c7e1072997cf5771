package org.w3id.agora.sparql;

import java.time.Duration;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service with Agora's answers to what goes wrong. A query cut off
 * by the time limit gets a 503 that says which limit it hit, instead of Fuseki's bare
 * "Query timed out".
 */
class AgoraQueryService extends SPARQL_QueryDataset {

	private final Duration timeout;

	AgoraQueryService(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	protected void execute(String queryString, HttpAction action) {
		try {
			super.execute(queryString, action);
		}
		catch (QueryCancelledException ex) {
			if (action.getResponse().isCommitted()) {
				throw ex;
			}
			throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503,
					"Query cancelled: it ran longer than the " + seconds(this.timeout)
							+ " allowed on this endpoint. Narrow it (LIMIT, more specific patterns) or "
							+ "download a dump to run it locally.",
					null);
		}
	}

	/** {@code 60 s}, {@code 1.5 s}: the limit as a reader would write it. */
	static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return ((millis % 1000 == 0) ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0)) + " s";
	}

}
