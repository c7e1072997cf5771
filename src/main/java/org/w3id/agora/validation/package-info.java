/**
 * The shapes catalogue ({@code shapes/*.ttl}) and SHACL validation of data against it, in
 * the context of the vocabularies held by the store (so links to concepts can be
 * checked).
 * <p>
 * Reports are data: a {@link org.apache.jena.shacl.ValidationReport} whose results
 * callers render. Must not write to the store.
 */
package org.w3id.agora.validation;
