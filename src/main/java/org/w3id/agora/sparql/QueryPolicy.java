package org.w3id.agora.sparql;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What a public query may not do, checked on the parsed query's algebra before it runs:
 * {@code SERVICE} to an endpoint outside the allow-list of partners (or to a variable
 * endpoint), and calls to Jena's script functions ({@code js:}).
 */
final class QueryPolicy {

	/** Jena's namespace of JavaScript functions. */
	static final String SCRIPT_FUNCTIONS = "http://jena.apache.org/ARQ/jsFunction#";

	private final List<String> allowedServices;

	QueryPolicy(List<String> allowedServices) {
		this.allowedServices = List.copyOf(allowedServices);
	}

	/**
	 * @return the reason the query is refused, or {@code null} when it may run
	 */
	String refusal(Query query) {
		Op op = Algebra.compile(query);
		String[] reason = new String[1];
		Walker.walk(op, new OpVisitorBase() {
			@Override
			public void visit(OpService service) {
				Node endpoint = service.getService();
				if (reason[0] == null
						&& !(endpoint.isURI() && QueryPolicy.this.allowedServices.contains(endpoint.getURI()))) {
					reason[0] = "SERVICE " + (endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString())
							+ " is refused: this endpoint only federates with "
							+ (QueryPolicy.this.allowedServices.isEmpty() ? "no other endpoint"
									: String.join(", ", QueryPolicy.this.allowedServices))
							+ " (agora.sparql.service-allow-list).";
				}
			}
		}, new ExprVisitorBase() {
			@Override
			public void visit(ExprFunctionN function) {
				if (reason[0] == null && function instanceof E_Function call
						&& call.getFunctionIRI().startsWith(SCRIPT_FUNCTIONS)) {
					reason[0] = "Script functions (js:) are not available on this endpoint: <" + call.getFunctionIRI()
							+ ">.";
				}
			}
		});
		return reason[0];
	}

}
