package org.w3id.agora.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of pages: French unless the client asks for English, by a {@code lang}
 * parameter (the language switch on every page) or else by {@code Accept-Language}.
 * Registered as Spring's {@code localeResolver}, so templates and messages follow it.
 */
@Component("localeResolver")
public class PageLanguage implements LocaleResolver {

	public static final Locale FRENCH = Locale.FRENCH;

	public static final Locale ENGLISH = Locale.ENGLISH;

	private static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String asked = request.getParameter("lang");
		if (asked != null) {
			for (Locale locale : SUPPORTED) {
				if (locale.getLanguage().equalsIgnoreCase(asked)) {
					return locale;
				}
			}
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException ex) {
				// an ill-formed header asks for nothing in particular
			}
		}
		return FRENCH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The page language follows each request; it is not stored.");
	}

}
