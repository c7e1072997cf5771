package org.w3id.agora.store;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data that ships inside the jar and is loaded into the store, one named graph per
 * source.
 *
 * @param sources the bundled sources, in load order
 */
@ConfigurationProperties("agora.bundle")
public record BundleProperties(@DefaultValue List<Source> sources) {

	/**
	 * One bundled source.
	 *
	 * @param graph the named graph, relative to the base ({@code graph/ontology}) or
	 * absolute
	 * @param titleFr the title of the source in French
	 * @param titleEn the title of the source in English
	 * @param license the licence of the data
	 * @param files a resource pattern, e.g. {@code classpath*:ontology/*.ttl}
	 * @param policy when the store takes the files
	 */
	public record Source(String graph, String titleFr, String titleEn, URI license, String files,
			@DefaultValue("once") Policy policy) {
	}

	/** When a bundled source is (re)loaded. */
	public enum Policy {

		/**
		 * Loaded into an empty graph on first start only; later edits in the store are
		 * kept.
		 */
		ONCE,

		/**
		 * Kept equal to the bundled files: when they change (a new release of the
		 * vocabularies), the graph is replaced at start-up.
		 */
		SYNC

	}

}
