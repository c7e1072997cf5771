package org.w3id.agora.contributions;

import java.util.Locale;

/** How a change came in, recorded as the plan of its provenance activity. */
public enum WriteMethod {

	/** {@code /contributions} and {@code PUT/DELETE/PATCH /id/…}. */
	API,

	/** SPARQL Update on {@code /update}. */
	UPDATE,

	/** Graph Store Protocol writes on {@code /data}. */
	GSP,

	/** Harvesting a partner. */
	HARVEST;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
