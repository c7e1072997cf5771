package org.w3id.agora.contributions;

import org.apache.jena.shacl.ValidationReport;

/** A write that would leave a SHACL Violation in the store; it was aborted. */
public final class RejectedWriteException extends RuntimeException {

	private final transient ValidationReport report;

	RejectedWriteException(ValidationReport report, long violations) {
		super(violations + " SHACL violation(s): the write was aborted and nothing was stored.");
		this.report = report;
	}

	public ValidationReport report() {
		return this.report;
	}

}
