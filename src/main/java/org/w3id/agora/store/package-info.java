/**
 * The TDB2 dataset's lifecycle around the data: named graphs (one per source), the
 * bundled vocabularies and example data loaded on first start, the record of what each
 * source graph holds, the store's change counter, and its health.
 * <p>
 * Works on the {@code DatasetGraph} bean inside transactions. Must not know HTTP.
 */
package org.w3id.agora.store;
