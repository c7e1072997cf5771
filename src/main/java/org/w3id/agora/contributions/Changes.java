package org.w3id.agora.contributions;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;

/** The net change a write made: quads added and quads removed. */
record Changes(List<Quad> added, List<Quad> removed) {

	boolean isEmpty() {
		return this.added.isEmpty() && this.removed.isEmpty();
	}

	Stream<Quad> all() {
		return Stream.concat(this.added.stream(), this.removed.stream());
	}

	int size() {
		return this.added.size() + this.removed.size();
	}

}
