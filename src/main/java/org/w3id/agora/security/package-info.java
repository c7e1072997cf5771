/**
 * Who may write: bearer tokens kept as salted hashes in a file (reloaded when it changes,
 * so tokens are added and revoked without a restart), each mapped to an agent IRI and a
 * role.
 * <p>
 * Reads stay anonymous. This package authenticates; the features decide what a role may
 * do.
 */
package org.w3id.agora.security;
