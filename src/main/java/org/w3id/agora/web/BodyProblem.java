package org.w3id.agora.web;

/**
 * A request body refused before anything was stored: its HTTP status (400, 413, 415) and
 * a message naming the problem.
 */
public final class BodyProblem extends RuntimeException {

	private final int status;

	public BodyProblem(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
