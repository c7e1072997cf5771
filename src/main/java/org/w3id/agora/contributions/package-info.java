/**
 * The guarded write path: {@code POST /contributions}, {@code PUT/DELETE/PATCH /id/…},
 * {@code POST /validate}, and the {@link org.w3id.agora.contributions.WriteGuard} through
 * which every write of a request goes (SPARQL Update and Graph Store Protocol writes
 * included): one write transaction, SHACL validation of the nodes the change touched,
 * abort on any Violation, PROV-O record in {@code graph/provenance}, RDF Patch appended
 * to the change log.
 * <p>
 * Owns writes to {@code graph/curated} and {@code graph/provenance} made by requests.
 * Must not render linked-data pages ({@code GET /id/…} belongs to them) nor bypass the
 * guard.
 */
package org.w3id.agora.contributions;
