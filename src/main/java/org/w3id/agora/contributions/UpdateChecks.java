package org.w3id.agora.contributions;

import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What a SPARQL Update may not do on Agora, checked on the parsed request before it runs:
 * {@code LOAD} (it reads files and URLs from the server), and {@code SERVICE} in a
 * {@code WHERE} clause (outbound calls from inside the single writer).
 */
public final class UpdateChecks {

	private UpdateChecks() {
	}

	/**
	 * @throws WriteProblem 400 naming the refused operation
	 */
	public static void check(UpdateRequest request) {
		for (Update update : request.getOperations()) {
			if (update instanceof UpdateLoad load) {
				throw new WriteProblem(400, "LOAD <" + load.getSource() + "> is refused: the server does not fetch "
						+ "files or URLs for an update; send the data in the request (INSERT DATA, or POST it to "
						+ "/data or /contributions).");
			}
			if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
				ElementWalker.walk(modify.getWherePattern(), new ElementVisitorBase() {
					@Override
					public void visit(ElementService service) {
						throw new WriteProblem(400, "SERVICE <" + service.getServiceNode()
								+ "> is refused inside an update: updates do not call other endpoints.");
					}
				});
			}
		}
	}

}
