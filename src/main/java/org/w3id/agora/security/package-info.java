/**
 * Who may write: bearer tokens {@code agora.<id>.<secret>} kept as salted hashes in a
 * file (reloaded when it changes, so tokens are added and revoked without a restart),
 * each mapped to an agent IRI (pseudonymous by default, {@code <base>id/agent/<id>}) and
 * a role. {@link org.w3id.agora.security.Authenticator} answers 401/403 itself.
 * <p>
 * Reads stay anonymous. This package authenticates; the features decide what role each
 * write needs. Must not touch the store.
 */
package org.w3id.agora.security;
