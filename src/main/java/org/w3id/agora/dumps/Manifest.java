package org.w3id.agora.dumps;

import java.util.List;
import java.util.Optional;

/**
 * What one dump version holds, written beside its files as {@code manifest.json}: the
 * catalogue, VoID and the file server read it rather than the store.
 *
 * @param version the version's name (a UTC timestamp, also its directory)
 * @param created when the snapshot was taken (ISO 8601)
 * @param storeVersion the store's change counter when the snapshot was taken
 * @param quads the statements of the snapshot written (all graphs)
 * @param unionTriples the distinct triples of the union of the named graphs written
 * @param withheld the statements withheld by the privacy rule
 * @param files the files, whole-dataset distributions first, then one per named graph
 */
public record Manifest(String version, String created, long storeVersion, long quads, long unionTriples, long withheld,
		List<Entry> files) {

	/** The manifest's own file name. */
	public static final String FILE = "manifest.json";

	/**
	 * One file of a dump.
	 *
	 * @param name the file name
	 * @param format the RDF syntax's name ({@code N-Quads})
	 * @param mediaType the media type of the decompressed content
	 * @param union whether the file holds the union graph
	 * @param graph the named graph the file holds alone, or null for a whole-dataset file
	 * @param titleFr the graph's title in French (from {@code graph/sources}), or null
	 * @param titleEn the graph's title in English, or null
	 * @param license the licence of the file's content
	 * @param bytes the size of the (gzipped) file
	 * @param sha256 the SHA-256 of the (gzipped) file, lowercase hex
	 * @param triples the statements in the file
	 */
	public record Entry(String name, String format, String mediaType, boolean union, String graph, String titleFr,
			String titleEn, String license, long bytes, String sha256, long triples) {
	}

	public Optional<Entry> file(String name) {
		return this.files.stream().filter((file) -> file.name().equals(name)).findFirst();
	}

}
