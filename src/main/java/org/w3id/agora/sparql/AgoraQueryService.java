package org.w3id.agora.sparql;

import java.time.Duration;

import org.apache.jena.tdb2.sys.SystemTDB;
import org.w3id.agora.privacy.Disclosure;
import org.w3id.agora.privacy.PrivacyRule;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service with Agora's limits and answers to what goes wrong:
 * <ul>
 * <li>a query cut off by the time limit gets a 503 that says which limit it hit, instead
 * of Fuseki's bare "Query timed out";</li>
 * <li>{@code SERVICE} outside the allow-list and script functions are refused (400,
 * {@link QueryPolicy});</li>
 * <li>an answer larger than the result cap is refused (400) with a message saying so,
 * before anything is streamed: the query runs with a {@code LIMIT} of cap + 1;</li>
 * <li>a query nested too deeply for the parser's stack gets 400, not 500.</li>
 * </ul>
 */
class AgoraQueryService extends SPARQL_QueryDataset {

	private final Duration timeout;

	private final long maxResults;

	private final QueryPolicy policy;

	private final PrivacyRule privacy;

	AgoraQueryService(Duration timeout, long maxResults, QueryPolicy policy, PrivacyRule privacy) {
		this.timeout = timeout;
		this.maxResults = maxResults;
		this.policy = policy;
		this.privacy = privacy;
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
		catch (StackOverflowError ex) {
			throw new ActionErrorException(HttpSC.BAD_REQUEST_400,
					"The query nests too deeply to be processed (a limit of the parser's stack); flatten it.", null);
		}
	}

	@Override
	protected void validateQuery(HttpAction action, Query query) {
		super.validateQuery(action, query);
		String refusal = this.policy.refusal(query);
		if (refusal != null) {
			throw new ActionErrorException(HttpSC.BAD_REQUEST_400, refusal, null);
		}
	}

	@Override
	protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
		if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > this.maxResults)) {
			query.setLimit(this.maxResults + 1);
		}
		QueryExec exec = super.createQueryExec(action, query, dataset);
		// Runs inside the query's read transaction: the rule of exactly the state
		// queried.
		Disclosure disclosure = this.privacy.disclosure(dataset);
		PrivateDataFilter filter = new PrivateDataFilter(dataset, disclosure);
		if (!filter.isEmpty()) {
			exec.getContext().set(SystemTDB.symTupleFilter, filter);
		}
		DISCLOSURE.set(disclosure);
		return exec;
	}

	/** The disclosure of the query being answered on this thread (for graph answers). */
	private static final ThreadLocal<Disclosure> DISCLOSURE = new ThreadLocal<>();

	@Override
	protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryString) {
		QueryExecResult result = super.executeQuery(action, queryExec, query, queryString);
		if (result.isRowSet()) {
			RowSet rows = result.rowSet();
			List<Binding> kept = new ArrayList<>();
			while (rows.hasNext()) {
				kept.add(rows.next());
				if (kept.size() > this.maxResults) {
					throw tooLarge("rows");
				}
			}
			return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
		}
		if (result.isGraph() && result.graph().size() > this.maxResults) {
			throw tooLarge("triples");
		}
		Disclosure disclosure = DISCLOSURE.get();
		DISCLOSURE.remove();
		if (result.isGraph() && disclosure != null) {
			// DESCRIBE reads the store without patterns: withhold here too.
			List<org.apache.jena.graph.Triple> withheld = result.graph()
				.find()
				.filterDrop(disclosure::isPublic)
				.toList();
			withheld.forEach(result.graph()::delete);
		}
		return result;
	}

	private ActionErrorException tooLarge(String what) {
		return new ActionErrorException(HttpSC.BAD_REQUEST_400,
				"The answer holds more than " + this.maxResults + " " + what + ", the most this endpoint returns "
						+ "(agora.sparql.max-result-rows). Page through it with LIMIT and OFFSET, or download a dump.",
				null);
	}

	/** {@code 60 s}, {@code 1.5 s}: the limit as a reader would write it. */
	static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return ((millis % 1000 == 0) ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0)) + " s";
	}

}
