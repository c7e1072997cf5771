package org.w3id.agora;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every feature.
 *
 * @param baseUri the base under which instance IRIs are minted
 * ({@code <base>id/<kind>/<slug>}) and against which the relative IRIs of bundled data
 * are resolved; it must end with a slash
 */
@ConfigurationProperties("agora")
public record AgoraProperties(@DefaultValue("http://localhost:8080/") URI baseUri) {

	public AgoraProperties {
		if (!baseUri.isAbsolute() || !baseUri.toString().endsWith("/")) {
			throw new IllegalArgumentException(
					"agora.base-uri must be an absolute IRI ending with '/', got '" + baseUri + "'");
		}
	}

	/** The base as a string, ending with a slash. */
	public String base() {
		return this.baseUri.toString();
	}

	/** Resolves a path relative to the base, e.g. {@code graph/curated}. */
	public String resolve(String relative) {
		return this.baseUri.resolve(relative).toString();
	}

}
