package org.w3id.agora.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SPDX terms used to describe checksums of files and graphs (as DCAT 3 recommends).
 */
public final class Spdx {

	public static final String NS = "http://spdx.org/rdf/terms#";

	public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");

	public static final Property checksum = ResourceFactory.createProperty(NS + "checksum");

	public static final Property algorithm = ResourceFactory.createProperty(NS + "algorithm");

	public static final Property checksumValue = ResourceFactory.createProperty(NS + "checksumValue");

	public static final Resource checksumAlgorithm_sha256 = ResourceFactory
		.createResource(NS + "checksumAlgorithm_sha256");

	private Spdx() {
	}

}
