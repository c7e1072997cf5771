package org.w3id.agora.contributions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.WebContent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.agora.web.ErrorResponses;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change log, read-only and public: {@code GET /changes?after=N} lists the sequence
 * numbers of committed writes after {@code N} (at most 1,000), {@code GET /changes/N}
 * answers the RDF Patch of write {@code N}. The seed of the partners' change feed.
 */
@RestController
class ChangesController {

	private static final int PAGE = 1000;

	private final ChangeLog log;

	private final ErrorResponses errors;

	private final JsonMapper json;

	ChangesController(ChangeLog log, ErrorResponses errors, JsonMapper json) {
		this.log = log;
		this.errors = errors;
		this.json = json;
	}

	@GetMapping("/changes")
	void list(@RequestParam(name = "after", defaultValue = "0") long after, HttpServletResponse response)
			throws IOException {
		List<Long> sequences = this.log.sequences().stream().filter((n) -> n > after).limit(PAGE).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("last", this.log.last());
		body.put("changes", sequences.stream().map((n) -> Map.of("sequence", n, "patch", "/changes/" + n)).toList());
		byte[] bytes = this.json.writeValueAsBytes(body);
		response.setContentType("application/json");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	@GetMapping("/changes/{sequence}")
	void patch(@PathVariable("sequence") long sequence, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Optional<RDFPatch> patch = this.log.read(sequence);
		if (patch.isEmpty()) {
			this.errors.send(request, response, 404,
					"No change " + sequence + " in the log (the last is " + this.log.last() + ").");
			return;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RDFPatchOps.write(out, patch.get());
		response.setContentType(WebContent.contentTypePatch + ";charset=utf-8");
		response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
		response.setContentLength(out.size());
		out.writeTo(response.getOutputStream());
	}

}
