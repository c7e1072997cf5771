package org.w3id.agora.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The JSON-LD document loader of the whole process: it serves only the contexts bundled
 * in the jar ({@link #BUNDLED}) and refuses every other {@code @context} URL, so parsing
 * JSON-LD never fetches anything from the network or the file system (Titanium's default
 * loader would fetch {@code http:}, {@code https:} and {@code file:} URLs). Installed in
 * RIOT's global context at start-up, so Fuseki's parsers use it too.
 */
@Component
public class LocalJsonLdContexts implements DocumentLoader {

	/** Context URL to classpath resource. None bundled yet. */
	static final Map<String, String> BUNDLED = Map.of();

	/** JSON-LD options whose document loader is this one. */
	static final JsonLdOptions OPTIONS = new JsonLdOptions(new LocalJsonLdContexts(true));

	public LocalJsonLdContexts() {
		install();
	}

	/** Sets this loader for every JSON-LD parse of the JVM. */
	public static JsonLdOptions install() {
		RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, OPTIONS);
		return OPTIONS;
	}

	private LocalJsonLdContexts(boolean plain) {
	}

	@Override
	public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
		String resource = BUNDLED.get(url.toString());
		if (resource == null) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
					"remote JSON-LD contexts are not fetched: " + url
							+ " is not one of the contexts bundled with Agora; inline the @context instead");
		}
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return JsonDocument.of(in);
		}
		catch (IOException ex) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, ex);
		}
	}

}
