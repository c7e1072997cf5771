package org.w3id.agora.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.http.MediaType;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.contributions.RejectedWriteException;
import org.w3id.agora.contributions.ReportResponses;
import org.w3id.agora.contributions.UpdateChecks;
import org.w3id.agora.contributions.WriteGuard;
import org.w3id.agora.contributions.WriteMethod;
import org.w3id.agora.contributions.WriteProblem;
import org.w3id.agora.security.Agent;
import org.w3id.agora.web.BodyProblem;
import org.w3id.agora.web.ErrorResponses;
import org.w3id.agora.web.RdfBodies;
import org.w3id.agora.web.RdfFormat;

/**
 * SPARQL Update ({@code /update}) and Graph Store Protocol writes ({@code /data} PUT,
 * POST, DELETE), executed by Agora rather than by Fuseki so that they go through the
 * {@link WriteGuard} like every other write: one transaction, validation of what they
 * touched, abort on a Violation (422 with the report), provenance and change log.
 * {@code LOAD} and {@code SERVICE} are refused; updates are bounded in time.
 */
final class GuardedSparqlWrites {

	private final WriteGuard guard;

	private final ErrorResponses errors;

	private final ReportResponses reports;

	private final AgoraProperties agora;

	GuardedSparqlWrites(WriteGuard guard, ErrorResponses errors, ReportResponses reports, AgoraProperties agora) {
		this.guard = guard;
		this.errors = errors;
		this.reports = reports;
		this.agora = agora;
	}

	void update(HttpServletRequest request, HttpServletResponse response, Agent agent) throws IOException {
		this.reports.answer(request, response, () -> {
			if (!request.getMethod().equals("POST")) {
				throw new BodyProblem(405, "SPARQL Update is sent with POST, not " + request.getMethod() + ".");
			}
			long limit = this.guard.properties().maxBodySize().toBytes();
			String type = mediaType(request.getContentType());
			String text;
			if (type.equals(WebContent.contentTypeSPARQLUpdate)) {
				text = new String(RdfBodies.read(request, limit), StandardCharsets.UTF_8);
			}
			else if (type.equals(WebContent.contentTypeHTMLForm)) {
				if (request.getContentLengthLong() > limit) {
					RdfBodies.read(request, limit);
				}
				try {
					text = request.getParameter("update");
				}
				catch (IllegalStateException ex) {
					throw new BodyProblem(413, "The form is larger than the server accepts for form fields; send "
							+ "the update as " + WebContent.contentTypeSPARQLUpdate + " instead.");
				}
				if (text == null) {
					throw new BodyProblem(400, "The form has no 'update' parameter.");
				}
			}
			else {
				throw new BodyProblem(415, "Unsupported Content-Type '" + request.getContentType() + "': send "
						+ WebContent.contentTypeSPARQLUpdate + " or an HTML form with an 'update' parameter.");
			}
			if (request.getParameter("using-graph-uri") != null
					|| request.getParameter("using-named-graph-uri") != null) {
				throw new BodyProblem(400, "using-graph-uri and using-named-graph-uri are not supported; "
						+ "write USING / WITH in the update itself.");
			}
			UpdateRequest update;
			try {
				update = UpdateFactory.create(text, this.agora.base());
			}
			catch (QueryParseException ex) {
				throw new BodyProblem(400, "The SPARQL Update does not parse: " + ex.getMessage());
			}
			catch (StackOverflowError ex) {
				throw new BodyProblem(400, "The SPARQL Update nests too deeply to be parsed.");
			}
			UpdateChecks.check(update);
			long millis = this.guard.properties().timeLimit().toMillis();
			WriteGuard.Committed<Void> commit = this.guard.write(agent, WriteMethod.UPDATE, (store) -> {
				try {
					UpdateExec.dataset(store).update(update).timeout(millis, TimeUnit.MILLISECONDS).execute();
				}
				catch (QueryCancelledException ex) {
					throw new WriteProblem(503, "The update ran longer than the " + (millis / 1000.0)
							+ " s allowed (agora.writes.time-limit) and was cancelled; nothing was stored.");
				}
				return null;
			});
			committed(response, commit);
		});
	}

	void graphStore(HttpServletRequest request, HttpServletResponse response, Agent agent) throws IOException {
		this.reports.answer(request, response, () -> {
			String method = request.getMethod();
			Node graph = targetGraph(request);
			switch (method) {
				case "PUT", "POST" -> {
					RdfFormat format = RdfBodies.format(request.getContentType(), RdfBodies.GRAPH_FORMATS);
					byte[] body = RdfBodies.read(request, this.guard.properties().maxBodySize().toBytes());
					Graph data = RdfBodies.parse(body, format, this.agora.base(),
							this.guard.properties().maxLiteralLength());
					boolean replace = method.equals("PUT");
					WriteGuard.Committed<Boolean> commit = this.guard.write(agent, WriteMethod.GSP, (store) -> {
						boolean existed = store.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext();
						if (replace) {
							store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
						}
						data.find()
							.forEachRemaining((t) -> store.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
						return !existed;
					});
					if (Boolean.TRUE.equals(commit.value())) {
						response.setStatus(201);
						response.setHeader("Location", request.getRequestURL() + "?graph=" + graph.getURI());
					}
					else {
						committed(response, commit);
					}
				}
				case "DELETE" -> {
					WriteGuard.Committed<Void> commit = this.guard.write(agent, WriteMethod.GSP, (store) -> {
						if (!store.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
							throw new WriteProblem(404, "The graph <" + graph.getURI() + "> is empty or absent.");
						}
						store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
						return null;
					});
					committed(response, commit);
				}
				default -> throw new BodyProblem(405,
						method + " is not a Graph Store Protocol write Agora accepts; use PUT, POST or DELETE.");
			}
		});
	}

	private Node targetGraph(HttpServletRequest request) {
		String graph = request.getParameter("graph");
		if (graph == null) {
			throw new BodyProblem(400, (request.getParameter("default") != null)
					? "The default graph is the union of the named graphs and is read-only; name a graph with ?graph=IRI."
					: "Name the graph to write with ?graph=IRI.");
		}
		String resolved;
		try {
			resolved = IRIs.resolve(this.agora.base(), graph);
		}
		catch (RuntimeException ex) {
			throw new BodyProblem(400, "The graph name '" + graph + "' is not a valid IRI: " + ex.getMessage());
		}
		return NodeFactory.createURI(resolved);
	}

	private static void committed(HttpServletResponse response, WriteGuard.Committed<?> commit) {
		response.setStatus(204);
		if (commit.changed()) {
			response.setHeader("Agora-Change", Long.toString(commit.sequence()));
		}
	}

	private static String mediaType(String contentType) {
		if (contentType == null) {
			return "";
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.getType() + "/" + type.getSubtype();
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

}
