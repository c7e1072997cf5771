package org.w3id.agora.contributions;

/**
 * A write refused for a reason other than the shapes (a bad request, a missing resource,
 * a time budget exceeded): the HTTP status and a message naming the problem. Nothing was
 * stored.
 */
public final class WriteProblem extends RuntimeException {

	private final int status;

	public WriteProblem(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
