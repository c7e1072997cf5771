package org.w3id.agora.dumps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.web.Conneg;
import org.w3id.agora.web.ErrorResponses;
import org.w3id.agora.web.RdfFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP for the dumps: the catalogue ({@code /dumps}, HTML or RDF by negotiation), the
 * VoID description ({@code /.well-known/void}), the files
 * ({@code /dumps/<version>/<file>}, {@code /dumps/latest/<file>} redirecting to the
 * newest) and {@code POST /dumps} to make a dump now. Delegates everything.
 */
@Controller
class DumpsController {

	private static final String LATEST = "latest";

	private final Dumps dumps;

	private final ErrorResponses errors;

	private final CatalogueDescription description;

	private final CataloguePage page;

	private final AdminToken admin;

	private final FileResponder files = new FileResponder();

	private final JsonMapper json = JsonMapper.builder().build();

	/** The catalogue page first (browsers), then every RDF syntax. */
	private final List<Conneg.Offer<RdfFormat>> catalogueOffers;

	private final List<Conneg.Offer<RdfFormat>> rdfOffers;

	DumpsController(Dumps dumps, ErrorResponses errors, AgoraProperties agora, DumpProperties properties) {
		this.dumps = dumps;
		this.errors = errors;
		this.description = new CatalogueDescription(agora.base(), properties.publisher());
		this.page = new CataloguePage(this.description);
		this.admin = new AdminToken(properties.adminToken());
		this.rdfOffers = new ArrayList<>();
		for (RdfFormat format : RdfFormat.values()) {
			this.rdfOffers.add(new Conneg.Offer<>(format.mediaType(), format));
			format.aliases().forEach((alias) -> this.rdfOffers.add(new Conneg.Offer<>(alias, format)));
		}
		this.catalogueOffers = new ArrayList<>();
		this.catalogueOffers.add(new Conneg.Offer<>(MediaType.TEXT_HTML, null));
		this.catalogueOffers.add(new Conneg.Offer<>(MediaType.APPLICATION_XHTML_XML, null));
		this.catalogueOffers.addAll(this.rdfOffers);
	}

	@GetMapping("/dumps")
	void catalogue(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Vary", "Accept");
		String accept = request.getHeader("Accept");
		List<Manifest> versions = this.dumps.store().versions();
		Optional<Optional<RdfFormat>> choice = choose(accept, this.catalogueOffers);
		if (choice.isEmpty()) {
			notAcceptable(request, response, "the catalogue is offered as text/html or " + offered());
			return;
		}
		if (choice.get().isEmpty()) {
			byte[] html = this.page.render(versions).getBytes(StandardCharsets.UTF_8);
			response.setContentType("text/html;charset=utf-8");
			response.setContentLength(html.length);
			response.getOutputStream().write(html);
			return;
		}
		writeRdf(response, this.description.catalogue(versions), choice.get().get());
	}

	@GetMapping("/.well-known/void")
	void voidDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Vary", "Accept");
		Optional<RdfFormat> format = Conneg.choose(request.getHeader("Accept"), this.rdfOffers);
		if (format.isEmpty()) {
			notAcceptable(request, response, "the VoID description is offered as " + offered());
			return;
		}
		writeRdf(response, this.description.voidDescription(this.dumps.store().latest()), format.get());
	}

	@GetMapping("/dumps/{version}/{file}")
	void file(@PathVariable String version, @PathVariable String file, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		DumpStore store = this.dumps.store();
		if (version.equals(LATEST)) {
			Optional<Manifest> latest = store.latest();
			if (latest.isEmpty() || !(latest.get().file(file).isPresent() || file.equals(Manifest.FILE))) {
				this.errors.send(request, response, HttpServletResponse.SC_NOT_FOUND,
						latest.isEmpty() ? "No dump has been made yet. / Aucun fichier n'a encore été produit."
								: "The latest dump has no file '" + file + "' (files: " + names(latest.get()) + ").");
				return;
			}
			response.setHeader("Cache-Control", "no-cache");
			response.setHeader("Location", "/dumps/" + latest.get().version() + "/" + file);
			response.setStatus(HttpServletResponse.SC_FOUND);
			return;
		}
		Optional<Manifest> manifest = store.manifest(version);
		if (manifest.isEmpty()) {
			this.errors.send(request, response, HttpServletResponse.SC_NOT_FOUND,
					"No dump version '" + version + "' (kept versions: "
							+ store.versions().stream().map(Manifest::version).collect(Collectors.joining(", "))
							+ "; the newest is also at /dumps/latest/<file>).");
			return;
		}
		if (file.equals(Manifest.FILE)) {
			sendManifest(response, manifest.get());
			return;
		}
		Optional<Manifest.Entry> entry = manifest.get().file(file);
		if (entry.isEmpty()) {
			this.errors.send(request, response, HttpServletResponse.SC_NOT_FOUND,
					"The dump " + version + " has no file '" + file + "' (files: " + names(manifest.get()) + ").");
			return;
		}
		Path path = store.file(manifest.get(), entry.get());
		if (!Files.isReadable(path)) {
			this.errors.send(request, response, HttpServletResponse.SC_GONE,
					"The dump " + version + " was deleted; see /dumps for the kept versions.");
			return;
		}
		this.files.send(request, response, path, manifest.get(), entry.get(), "/dumps");
	}

	@PostMapping("/dumps")
	void generate(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!this.admin.permits(request.getHeader("Authorization"))) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"Agora\"");
			this.errors.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, this.admin.configured()
					? "Authentication required: POST /dumps needs the administrator's bearer token."
					: "POST /dumps is disabled: no administrator token is configured (agora.dumps.admin-token).");
			return;
		}
		Manifest manifest = this.dumps.generate();
		response.setStatus(HttpServletResponse.SC_CREATED);
		response.setHeader("Location", "/dumps/" + manifest.version() + "/" + Manifest.FILE);
		sendManifestBody(response, manifest);
	}

	private void sendManifest(HttpServletResponse response, Manifest manifest) throws IOException {
		response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
		sendManifestBody(response, manifest);
	}

	private void sendManifestBody(HttpServletResponse response, Manifest manifest) throws IOException {
		byte[] body = this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
		response.setContentType("application/json");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static void writeRdf(HttpServletResponse response, Model model, RdfFormat format) throws IOException {
		response.setContentType(format.mediaType().toString() + ";charset=utf-8");
		OutputStream out = response.getOutputStream();
		if (format.carriesGraphs()) {
			RDFDataMgr.write(out, DatasetGraphFactory.wrap(model.getGraph()), format.lang());
		}
		else {
			RDFDataMgr.write(out, model, format.lang());
		}
	}

	/** Empty when nothing is acceptable; an empty inner value stands for HTML. */
	private static Optional<Optional<RdfFormat>> choose(String accept, List<Conneg.Offer<RdfFormat>> offers) {
		List<Conneg.Offer<Optional<RdfFormat>>> wrapped = offers.stream()
			.map((offer) -> new Conneg.Offer<>(offer.mediaType(), Optional.ofNullable(offer.value())))
			.toList();
		return Conneg.choose(accept, wrapped);
	}

	private void notAcceptable(HttpServletRequest request, HttpServletResponse response, String offered)
			throws IOException {
		this.errors.send(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE,
				"Not acceptable: " + offered + "; the request accepts only '" + request.getHeader("Accept") + "'.");
	}

	private static String offered() {
		return java.util.Arrays.stream(RdfFormat.values())
			.map((format) -> format.mediaType().toString())
			.collect(Collectors.joining(", "));
	}

	private static String names(Manifest manifest) {
		return manifest.files().stream().map(Manifest.Entry::name).collect(Collectors.joining(", "));
	}

}
