package org.w3id.agora.security;

import java.util.Locale;

/** What an agent may do, each role including the ones before it. */
public enum Role {

	/** Proposes new resources ({@code POST /contributions}). */
	CONTRIBUTOR,

	/** Edits and removes any resource; SPARQL Update and Graph Store Protocol writes. */
	CURATOR,

	/** Operates the service: dumps on demand, tokens. */
	ADMIN;

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Role of(String key) {
		try {
			return valueOf(key.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown role '" + key + "' (known: contributor, curator, admin)");
		}
	}

}
