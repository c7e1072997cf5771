package org.w3id.agora.security;

import java.util.regex.Pattern;

/**
 * One line of the tokens file: {@code id agent-iri role salt sha256hex(salt:secret)},
 * separated by spaces.
 */
public record TokenEntry(String id, String agent, Role role, String salt, String hash) {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");

	public TokenEntry {
		if (!WORD.matcher(id).matches()) {
			throw new IllegalArgumentException("token id must be letters, digits, '-' or '_': '" + id + "'");
		}
		if (agent.isBlank() || agent.chars().anyMatch(Character::isWhitespace) || !agent.contains(":")) {
			throw new IllegalArgumentException("agent must be an absolute IRI: '" + agent + "'");
		}
	}

	static TokenEntry parse(String line) {
		String[] fields = line.trim().split("\\s+");
		if (fields.length != 5) {
			throw new IllegalArgumentException(
					"expected 'id agent-iri role salt hash', got " + fields.length + " field(s)");
		}
		return new TokenEntry(fields[0], fields[1], Role.of(fields[2]), fields[3], fields[4]);
	}

	String line() {
		return String.join(" ", this.id, this.agent, this.role.key(), this.salt, this.hash);
	}

}
