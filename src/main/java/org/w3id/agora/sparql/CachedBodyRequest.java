package org.w3id.agora.sparql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read ahead (within a size limit) so that a filter can look at
 * it and the servlet after it can still read it.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private CachedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/**
	 * Reads the body of the request.
	 * @return the wrapped request, or {@code null} when the body is longer than
	 * {@code limit}
	 */
	static CachedBodyRequest read(HttpServletRequest request, long limit) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
			return (body.length > limit) ? null : new CachedBodyRequest(request, body);
		}
	}

	String bodyText() {
		return new String(this.body, charset());
	}

	private Charset charset() {
		String name = getCharacterEncoding();
		try {
			return (name != null) ? Charset.forName(name) : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {
			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new IllegalStateException("The body was already read; read it synchronously");
			}
		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

}
