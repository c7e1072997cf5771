package org.w3id.agora.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The form of tokens and of their stored hashes. A token reads
 * {@code agora.<id>.<secret>}: the id names the line of the tokens file, the secret (32
 * random bytes, base64url) is never stored, only {@code sha256hex(salt ":" secret)}.
 * <p>
 * A plain salted SHA-256 rather than PBKDF2: key stretching protects low-entropy
 * passwords chosen by people, while these secrets are 256 random bits, out of reach of
 * brute force however fast the hash; a fast hash keeps every authenticated write cheap.
 */
public final class Tokens {

	static final String PREFIX = "agora.";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	/** A token split into its id and secret. */
	public record Presented(String id, String secret) {
	}

	/** A new token, its line for the tokens file, and the token to hand out once. */
	public record Issued(TokenEntry entry, String token) {
	}

	public static Optional<Presented> parse(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String rest = token.substring(PREFIX.length());
		int dot = rest.indexOf('.');
		if (dot <= 0 || dot == rest.length() - 1) {
			return Optional.empty();
		}
		return Optional.of(new Presented(rest.substring(0, dot), rest.substring(dot + 1)));
	}

	/** Mints a token for the agent (or a pseudonymous agent under the base). */
	public static Issued issue(String agentIriOrNull, Role role, String base) {
		String id = HexFormat.of().formatHex(bytes(6));
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
		String salt = HexFormat.of().formatHex(bytes(16));
		String agent = (agentIriOrNull != null) ? agentIriOrNull : base + "id/agent/" + id;
		TokenEntry entry = new TokenEntry(id, agent, role, salt, hash(salt, secret));
		return new Issued(entry, PREFIX + id + "." + secret);
	}

	static String hash(String salt, String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((salt + ":" + secret).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Compares hex hashes in time independent of where they differ. */
	static boolean matches(TokenEntry entry, String secret) {
		byte[] expected = entry.hash().getBytes(StandardCharsets.US_ASCII);
		byte[] actual = hash(entry.salt(), secret).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual);
	}

	private static byte[] bytes(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
