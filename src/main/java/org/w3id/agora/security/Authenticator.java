package org.w3id.agora.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.w3id.agora.web.ErrorResponses;

/**
 * Finds the agent behind a request's bearer token ({@code Authorization: Bearer
 * agora.<id>.<secret>}), checked against the tokens file as it is now. Features call
 * {@link #require} to demand a role: it answers 401 (no or bad token, with
 * {@code WWW-Authenticate}) or 403 (a role too low) itself.
 */
@Component
public class Authenticator {

	/** What a request presented. */
	public sealed interface Outcome {

	}

	/** No {@code Authorization: Bearer} header. */
	public record Anonymous() implements Outcome {
	}

	/** A token that is malformed, unknown, revoked or whose secret does not match. */
	public record Invalid(String reason) implements Outcome {
	}

	public record Authenticated(Agent agent) implements Outcome {
	}

	private final TokenFile tokens;

	private final ErrorResponses errors;

	public Authenticator(SecurityProperties properties, ErrorResponses errors) {
		this.tokens = new TokenFile(properties.tokensFile());
		this.errors = errors;
	}

	public Optional<Agent> authenticate(HttpServletRequest request) {
		return (check(request) instanceof Authenticated authenticated) ? Optional.of(authenticated.agent())
				: Optional.empty();
	}

	public Outcome check(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || header.isBlank()) {
			return new Anonymous();
		}
		if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return new Invalid("the Authorization header must be 'Bearer <token>'");
		}
		Optional<Tokens.Presented> presented = Tokens.parse(header.substring(7).trim());
		if (presented.isEmpty()) {
			return new Invalid("the token is not of the form agora.<id>.<secret>");
		}
		Optional<TokenEntry> entry = this.tokens.find(presented.get().id());
		if (entry.isEmpty() || !Tokens.matches(entry.get(), presented.get().secret())) {
			return new Invalid("the token is unknown, revoked or wrong");
		}
		TokenEntry known = entry.get();
		return new Authenticated(new Agent(known.agent(), known.role(), known.id()));
	}

	/**
	 * The agent of the request if it holds at least {@code role}; otherwise sends 401 or
	 * 403 naming what is missing and returns empty.
	 */
	public Optional<Agent> require(HttpServletRequest request, HttpServletResponse response, Role role)
			throws IOException {
		String what = request.getMethod() + " " + request.getRequestURI();
		Outcome outcome = check(request);
		if (outcome instanceof Authenticated authenticated) {
			Agent agent = authenticated.agent();
			if (agent.may(role)) {
				return Optional.of(agent);
			}
			this.errors.send(request, response, HttpServletResponse.SC_FORBIDDEN,
					"Forbidden: " + what + " needs the role '" + role.key() + "' or higher; the token "
							+ agent.tokenId() + " has the role '" + agent.role().key() + "'.");
			return Optional.empty();
		}
		if (outcome instanceof Invalid invalid) {
			response.setHeader("WWW-Authenticate",
					"Bearer realm=\"Agora\", error=\"invalid_token\", error_description=\"" + invalid.reason() + "\"");
			this.errors.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid token: "
					+ invalid.reason() + ". " + what + " writes to the store and needs a valid " + "bearer token.");
			return Optional.empty();
		}
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Agora\"");
		this.errors.send(request, response, HttpServletResponse.SC_UNAUTHORIZED,
				"Authentication required: " + what + " writes to the store and needs a bearer token (role '"
						+ role.key() + "' or higher); anonymous requests may only read.");
		return Optional.empty();
	}

}
