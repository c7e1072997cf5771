package org.w3id.agora.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an error answer in the format the client asked for:
 * {@code application/problem+json} (RFC 9457) when the client prefers JSON, plain text
 * otherwise (the convention of SPARQL endpoints). The message always names the problem.
 */
@Component
public class ErrorResponses {

	private final JsonMapper json;

	public ErrorResponses(JsonMapper json) {
		this.json = json;
	}

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	/**
	 * Plain text first (the convention of SPARQL endpoints); JSON problem details when
	 * preferred.
	 */
	private static final List<Conneg.Offer<Boolean>> ERROR_OFFERS = List.of(
			new Conneg.Offer<>(MediaType.TEXT_PLAIN, false), new Conneg.Offer<>(PROBLEM_JSON, true),
			new Conneg.Offer<>(MediaType.APPLICATION_JSON, true));

	public void send(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		drain(request);
		boolean json = prefersJson(request.getHeader("Accept"));
		byte[] bytes = json ? problemJson(status, message, request.getRequestURI())
				: (message + "\n").getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType((json ? PROBLEM_JSON.toString() : "text/plain") + ";charset=utf-8");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * Reads what is left of a small request body that was refused unread, so that the
	 * connection stays usable for the client's next request; a large one is left to the
	 * container, which closes the connection.
	 */
	private static void drain(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		if (length == 0 || length > DRAIN_LIMIT) {
			return;
		}
		try {
			request.getInputStream().skipNBytes(Math.max(0, Math.min(length, DRAIN_LIMIT)));
		}
		catch (IOException | IllegalStateException ex) {
			// Already read, or gone: nothing to drain.
		}
	}

	private static final long DRAIN_LIMIT = 64 * 1024;

	static boolean prefersJson(String accept) {
		return Conneg.choose(accept, ERROR_OFFERS).orElse(false);
	}

	private byte[] problemJson(int status, String message, String instance) {
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("status", status);
		problem.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		problem.put("detail", message);
		problem.put("instance", instance);
		return this.json.writeValueAsBytes(problem);
	}

}
