package org.w3id.agora.contributions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.w3id.agora.validation.Messages;
import org.w3id.agora.web.Conneg;
import org.w3id.agora.web.RdfFormat;
import tools.jackson.databind.json.JsonMapper;
import org.w3id.agora.web.BodyProblem;
import org.w3id.agora.web.ErrorResponses;

/**
 * Answers with a SHACL validation report in the negotiated form: as JSON (the default) or
 * HTML naming each problem in French or English (focus node, property, expected, found,
 * message), or as the report graph itself in any RDF syntax of {@link RdfFormat}. The
 * language is {@code ?lang=fr|en}, else {@code Accept-Language}, else French.
 */
@Component
public class ReportResponses {

	private enum Form {

		JSON, HTML, RDF

	}

	private record Choice(Form form, RdfFormat rdf) {
	}

	private static final List<Conneg.Offer<Choice>> OFFERS;

	static {
		List<Conneg.Offer<Choice>> offers = new ArrayList<>();
		offers.add(new Conneg.Offer<>(MediaType.APPLICATION_JSON, new Choice(Form.JSON, null)));
		offers.add(new Conneg.Offer<>(MediaType.APPLICATION_PROBLEM_JSON, new Choice(Form.JSON, null)));
		offers.add(new Conneg.Offer<>(MediaType.TEXT_HTML, new Choice(Form.HTML, null)));
		for (RdfFormat format : RdfFormat.values()) {
			offers.add(new Conneg.Offer<>(format.mediaType(), new Choice(Form.RDF, format)));
		}
		OFFERS = List.copyOf(offers);
	}

	private final JsonMapper json;

	private final ErrorResponses errors;

	public ReportResponses(JsonMapper json, ErrorResponses errors) {
		this.json = json;
		this.errors = errors;
	}

	/** A write handled by {@link #answer}. */
	@FunctionalInterface
	public interface Write {

		void run() throws IOException;

	}

	/**
	 * Runs a write and answers its refusals, the one place they become HTTP: a bad body
	 * or request gets its status and message, a shape violation 422 with the report.
	 */
	public void answer(HttpServletRequest request, HttpServletResponse response, Write write) throws IOException {
		try {
			write.run();
		}
		catch (BodyProblem | WriteProblem ex) {
			this.errors.send(request, response,
					(ex instanceof BodyProblem body) ? body.status() : ((WriteProblem) ex).status(), ex.getMessage());
		}
		catch (RejectedWriteException ex) {
			send(request, response, 422, ex.report(), ex.getMessage());
		}
	}

	/**
	 * Sends the report with {@code status} (422 for a refused write, 200 for /validate).
	 */
	public void send(HttpServletRequest request, HttpServletResponse response, int status, ValidationReport report,
			String summary) throws IOException {
		Choice choice = Conneg.choose(request.getHeader("Accept"), OFFERS).orElse(new Choice(Form.JSON, null));
		String lang = language(request);
		byte[] body;
		String contentType;
		switch (choice.form()) {
			case RDF -> {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				RDFDataMgr.write(out, report.getGraph(), choice.rdf().lang());
				body = out.toByteArray();
				contentType = choice.rdf().mediaType().toString();
			}
			case HTML -> {
				body = html(report, summary, lang).getBytes(StandardCharsets.UTF_8);
				contentType = "text/html;charset=utf-8";
			}
			default -> {
				body = this.json.writeValueAsBytes(json(report, status, summary, lang, request.getRequestURI()));
				contentType = "application/json";
			}
		}
		response.setStatus(status);
		response.setHeader("Vary", "Accept, Accept-Language");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Language", lang);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static String language(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (lang == null) {
			String accept = request.getHeader("Accept-Language");
			if (accept != null) {
				for (Locale.LanguageRange range : parseRanges(accept)) {
					String tag = range.getRange().toLowerCase(Locale.ROOT);
					if (tag.startsWith("en")) {
						return "en";
					}
					if (tag.startsWith("fr")) {
						return "fr";
					}
				}
			}
			return "fr";
		}
		return lang.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
	}

	private static List<Locale.LanguageRange> parseRanges(String accept) {
		try {
			return Locale.LanguageRange.parse(accept);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	/** One result of the report, as people read it. */
	record Problem(String severity, String focusNode, String property, String expected, String found, String message) {
	}

	static List<Problem> problems(ValidationReport report, String lang) {
		List<Problem> problems = new ArrayList<>();
		for (ReportEntry entry : report.getEntries()) {
			String component = (entry.sourceConstraintComponent() != null)
					? entry.sourceConstraintComponent().getLocalName() : "";
			String expected = (entry.constraint() != null) ? entry.constraint().toString() : component;
			Node value = entry.value();
			String found = (value != null) ? ShLib.displayStr(value)
					: (lang.equals("en") ? "no value" : "aucune valeur");
			problems.add(new Problem(entry.severity().level().getLocalName(), ShLib.displayStr(entry.focusNode()),
					(entry.resultPath() != null) ? entry.resultPath().toString() : null, expected, found,
					Messages.of(entry, lang)));
		}
		return problems;
	}

	private static Map<String, Object> json(ValidationReport report, int status, String summary, String lang,
			String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("conforms", report.conforms());
		body.put("violations",
				report.getEntries().stream().filter((entry) -> entry.severity() == Severity.Violation).count());
		body.put("detail", summary);
		body.put("instance", instance);
		body.put("lang", lang);
		body.put("results", problems(report, lang));
		return body;
	}

	private static String html(ValidationReport report, String summary, String lang) {
		boolean en = lang.equals("en");
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(lang)
			.append("\"><head><meta charset=\"utf-8\"><title>")
			.append(en ? "Validation report" : "Rapport de validation")
			.append("</title></head><body>\n<h1>")
			.append(en ? "Validation report" : "Rapport de validation")
			.append("</h1>\n<p>")
			.append(HtmlUtils.htmlEscape(summary))
			.append("</p>\n<table>\n<tr><th>")
			.append(String.join("</th><th>",
					en ? List.of("Severity", "Focus node", "Property", "Expected", "Found", "Message")
							: List.of("Gravité", "Nœud", "Propriété", "Attendu", "Trouvé", "Message")))
			.append("</th></tr>\n");
		for (Problem problem : problems(report, lang)) {
			html.append("<tr>");
			for (String cell : new String[] { problem.severity(), problem.focusNode(), problem.property(),
					problem.expected(), problem.found(), problem.message() }) {
				html.append("<td>").append(HtmlUtils.htmlEscape((cell != null) ? cell : "")).append("</td>");
			}
			html.append("</tr>\n");
		}
		return html.append("</table>\n</body></html>\n").toString();
	}

}
