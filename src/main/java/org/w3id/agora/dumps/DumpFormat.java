package org.w3id.agora.dumps;

import org.w3id.agora.web.RdfFormat;

/**
 * The whole-dataset distributions: the quad formats keep every named graph, the triple
 * formats hold the union of the named graphs (what queries see as the default graph).
 */
public enum DumpFormat {

	NQUADS(RdfFormat.NQUADS, false), TRIG(RdfFormat.TRIG, false), NTRIPLES(RdfFormat.NTRIPLES, true),
	TURTLE(RdfFormat.TURTLE, true), JSONLD(RdfFormat.JSONLD, false);

	private final RdfFormat format;

	private final boolean union;

	DumpFormat(RdfFormat format, boolean union) {
		this.format = format;
		this.union = union;
	}

	public RdfFormat format() {
		return this.format;
	}

	/** Whether the file holds the union graph rather than the named graphs. */
	public boolean union() {
		return this.union;
	}

	/** The file name inside a version's directory, e.g. {@code agora.nq.gz}. */
	public String fileName() {
		return "agora." + this.format.extension() + ".gz";
	}

}
