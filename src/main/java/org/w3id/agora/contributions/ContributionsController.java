package org.w3id.agora.contributions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shacl.ValidationReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.security.Agent;
import org.w3id.agora.security.Authenticator;
import org.w3id.agora.security.Role;
import org.w3id.agora.web.BodyProblem;
import org.w3id.agora.web.ErrorResponses;
import org.w3id.agora.web.RdfBodies;
import org.w3id.agora.web.RdfFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP face of {@link Contributions}: {@code POST /contributions} (contributor or
 * higher), {@code PUT/DELETE/PATCH /id/…} (curator or higher), {@code POST /validate}
 * (public). {@code GET /id/…} belongs to the linked-data pages, not here.
 */
@RestController
class ContributionsController {

	private final Contributions contributions;

	private final Authenticator authenticator;

	private final ErrorResponses errors;

	private final ReportResponses reports;

	private final WritesProperties properties;

	private final AgoraProperties agora;

	private final JsonMapper json;

	private static final int VALIDATIONS = 2;

	private final Semaphore validations = new Semaphore(VALIDATIONS);

	ContributionsController(Contributions contributions, Authenticator authenticator, ErrorResponses errors,
			ReportResponses reports, WritesProperties properties, AgoraProperties agora, JsonMapper json) {
		this.contributions = contributions;
		this.authenticator = authenticator;
		this.errors = errors;
		this.reports = reports;
		this.properties = properties;
		this.agora = agora;
		this.json = json;
	}

	@PostMapping("/contributions")
	void contribute(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<Agent> agent = this.authenticator.require(request, response, Role.CONTRIBUTOR);
		if (agent.isEmpty()) {
			return;
		}
		this.reports.answer(request, response, () -> {
			Graph data = graph(request);
			Contributions.Created created = this.contributions.create(agent.get(), data);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("created", created.roots().stream().map(Node::getURI).toList());
			body.put("activity", created.commit().activity().getURI());
			body.put("sequence", created.commit().sequence());
			body.put("triples", created.commit().quadsAdded());
			body.put("warnings",
					ReportResponses.problems(created.commit().report(), ReportResponses.language(request))
						.stream()
						.filter((problem) -> !problem.severity().equals("Violation"))
						.toList());
			body.put("focusNodes", created.commit().focusNodes());
			body.put("validationMicros", created.commit().validationMicros());
			if (!created.roots().isEmpty()) {
				response.setHeader("Location", created.roots().get(0).getURI());
			}
			sendJson(response, 201, body);
		});
	}

	@PostMapping("/validate")
	void validate(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// Public and costly: a few at a time.
		if (!this.validations.tryAcquire()) {
			response.setHeader("Retry-After", "1");
			this.errors.send(request, response, 503,
					"Too many validations at once (at most " + VALIDATIONS + "); retry in a second.");
			return;
		}
		try {
			validateNow(request, response);
		}
		finally {
			this.validations.release();
		}
	}

	private void validateNow(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.reports.answer(request, response, () -> {
			Graph data = graph(request);
			ValidationReport report = this.contributions.validate(data);
			long violations = violations(report);
			boolean en = ReportResponses.language(request).equals("en");
			String summary = (violations == 0)
					? (en ? "The data conforms to Agora's shapes (" : "Les données sont conformes aux formes d'Agora (")
							+ data.size()
							+ (en ? " triples checked; nothing stored)."
									: " triplets vérifiés ; rien n'est enregistré).")
					: violations + (en ? " violation(s) of Agora's shapes; nothing stored."
							: " violation(s) des formes d'Agora ; rien n'est enregistré.");
			this.reports.send(request, response, 200, report, summary);
		});
	}

	@PutMapping("/id/**")
	void replace(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<Agent> agent = this.authenticator.require(request, response, Role.CURATOR);
		if (agent.isEmpty()) {
			return;
		}
		this.reports.answer(request, response, () -> {
			Node resource = resource(request);
			Graph data = graph(request);
			WriteGuard.Committed<Boolean> commit = this.contributions.replace(agent.get(), resource, data);
			if (Boolean.TRUE.equals(commit.value())) {
				response.setHeader("Location", resource.getURI());
				response.setStatus(201);
			}
			else {
				response.setStatus(204);
			}
		});
	}

	@DeleteMapping("/id/**")
	void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<Agent> agent = this.authenticator.require(request, response, Role.CURATOR);
		if (agent.isEmpty()) {
			return;
		}
		this.reports.answer(request, response, () -> {
			this.contributions.delete(agent.get(), resource(request));
			response.setStatus(204);
		});
	}

	@PatchMapping("/id/**")
	void patch(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<Agent> agent = this.authenticator.require(request, response, Role.CURATOR);
		if (agent.isEmpty()) {
			return;
		}
		this.reports.answer(request, response, () -> {
			Node resource = resource(request);
			String type = mediaType(request.getContentType());
			byte[] body = RdfBodies.read(request, this.properties.maxBodySize().toBytes());
			if (type.equals(WebContent.contentTypeSPARQLUpdate)) {
				this.contributions.patchWithUpdate(agent.get(), resource, new String(body, StandardCharsets.UTF_8));
			}
			else if (type.equals(WebContent.contentTypePatch)) {
				this.contributions.patchWithRdfPatch(agent.get(), resource, body);
			}
			else {
				throw new BodyProblem(415,
						"Unsupported Content-Type '" + request.getContentType() + "' for PATCH: send "
								+ WebContent.contentTypeSPARQLUpdate + " or " + WebContent.contentTypePatch + ".");
			}
			response.setStatus(204);
		});
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

	private Graph graph(HttpServletRequest request) throws IOException {
		RdfFormat format = RdfBodies.format(request.getContentType(), RdfBodies.GRAPH_FORMATS);
		byte[] body = RdfBodies.read(request, this.properties.maxBodySize().toBytes());
		return RdfBodies.parse(body, format, this.agora.base(), this.properties.maxLiteralLength());
	}

	private Node resource(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NodeFactory.createURI(this.agora.resolve(path.substring(1)));
	}

	private void sendJson(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(body);
		response.setStatus(status);
		response.setContentType("application/json");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	static long violations(ValidationReport report) {
		return report.getEntries()
			.stream()
			.filter((entry) -> entry.severity() == org.apache.jena.shacl.validation.Severity.Violation)
			.count();
	}

}
