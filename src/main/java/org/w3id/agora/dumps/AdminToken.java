package org.w3id.agora.dumps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may ask for a dump over HTTP, until the real authentication (bearer tokens of the
 * {@code security} package) is wired in: the one token {@code agora.dumps.admin-token},
 * compared in constant time. With no token configured, nobody may. Isolated here so that
 * it can be replaced by the authenticator without touching the controller's logic.
 */
final class AdminToken {

	private static final String BEARER = "Bearer ";

	private final byte[] expected;

	AdminToken(String token) {
		this.expected = token.getBytes(StandardCharsets.UTF_8);
	}

	boolean configured() {
		return this.expected.length > 0;
	}

	/** Whether the {@code Authorization} header carries the configured token. */
	boolean permits(String authorization) {
		if (!configured() || authorization == null
				|| !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] given = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(this.expected, given);
	}

}
