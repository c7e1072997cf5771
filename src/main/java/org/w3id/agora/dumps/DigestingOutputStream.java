package org.w3id.agora.dumps;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and hashes (SHA-256) the bytes on their way to the file. */
final class DigestingOutputStream extends FilterOutputStream {

	private final MessageDigest digest;

	private long count;

	DigestingOutputStream(OutputStream out) {
		super(out);
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	@Override
	public void write(int b) throws IOException {
		this.out.write(b);
		this.digest.update((byte) b);
		this.count++;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		this.out.write(bytes, offset, length);
		this.digest.update(bytes, offset, length);
		this.count += length;
	}

	long count() {
		return this.count;
	}

	String sha256() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
