/**
 * Open data dumps of the whole store under CC BY-SA 4.0: written from one read
 * transaction, streamed through gzip into temporary files with constant memory, then
 * renamed at once into {@code <directory>/<version>/} with a manifest (SHA-256, byte
 * size, triple count, media type of each file); regenerated when the store changed
 * (debounced), on demand ({@code POST /dumps}) and by the CLI ({@code dump}). Serves the
 * files (ranges, validators) and describes them as a DCAT 3 catalogue ({@code /dumps})
 * and in VoID ({@code /.well-known/void}).
 * <p>
 * Every dump goes through the privacy rule of {@code org.w3id.agora.privacy}. Reads the
 * store, never writes to it; owns only its dumps directory.
 */
package org.w3id.agora.dumps;
