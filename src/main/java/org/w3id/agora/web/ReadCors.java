package org.w3id.agora.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin reads: any web page may GET Agora's documents (linked data, the ontology,
 * dumps and their catalogue), and read the headers that matter to linked-data clients.
 * Writes are not opened to other origins here.
 */
@Configuration(proxyBeanMethods = false)
class ReadCors implements WebMvcConfigurer {

	private static final String[] EXPOSED = { "Link", "ETag", "Last-Modified", "Location", "Content-Location", "Vary",
			"Content-Disposition", "Accept-Ranges", "Content-Range" };

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String pattern : new String[] { "/id/**", "/doc/**", "/ns", "/ns.*", "/ns/**", "/dumps/**",
				"/.well-known/**" }) {
			registry.addMapping(pattern)
				.allowedOrigins("*")
				.allowedMethods("GET", "HEAD")
				.allowedHeaders("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since", "Range")
				.exposedHeaders(EXPOSED)
				.maxAge(86400);
		}
	}

}
