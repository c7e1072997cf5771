package org.w3id.agora.security;

/**
 * An authenticated agent: the IRI recorded as the author of its changes (pseudonymous for
 * people), its role, and the id of the token it used.
 */
public record Agent(String iri, Role role, String tokenId) {

	public boolean may(Role required) {
		return this.role.includes(required);
	}

}
