/**
 * What every HTTP feature shares: content negotiation ({@code Conneg}), the registry of
 * RDF formats ({@code RdfFormat}), the rendering of errors in the negotiated format, and
 * the safe reading of RDF request bodies ({@code RdfBodies}: size cap, UTF-8, no DOCTYPE,
 * no remote JSON-LD contexts, bounded literals and nesting). Holds no feature logic.
 */
package org.w3id.agora.web;
