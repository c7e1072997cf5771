package org.w3id.agora.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.store.StoreState;

/** The home page: what Agora is and where its doors are (FR first, EN on request). */
@RestController
class HomeController {

	private final TemplateEngine templates;

	private final StoreState state;

	private final AgoraProperties agora;

	HomeController(TemplateEngine templates, StoreState state, AgoraProperties agora) {
		this.templates = templates;
		this.state = state;
		this.agora = agora;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("license", Documents.LICENSE);
		context.setVariable("quads", this.state.quadCount());
		context.setVariable("base", this.agora.base());
		context.setVariable("otherLangHref", locale.getLanguage().equals("fr") ? "/?lang=en" : "/");
		context.setVariable("alternates", java.util.List.of());
		context.setVariable("jsonLd", null);
		byte[] body = this.templates.process("linkeddata/home", context).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.VARY, "Accept-Language")
			.body(body);
	}

}
