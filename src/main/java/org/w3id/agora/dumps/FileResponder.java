package org.w3id.agora.dumps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends one dump file with what downloaders rely on: {@code Content-Length}, a strong
 * {@code ETag} (the file's SHA-256), {@code Last-Modified}, a single byte range
 * ({@code 206}, or {@code 416} when it lies beyond the end), {@code If-None-Match} /
 * {@code If-Modified-Since} ({@code 304}), {@code If-Range}, {@code Content-Disposition}
 * and {@code Link} to the licence and the catalogue. Several ranges at once are answered
 * with the whole file (which HTTP allows).
 */
final class FileResponder {

	private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

	private static final int BUFFER = 1 << 16;

	/** A byte range, both ends included. */
	record Range(long first, long last) {

		long length() {
			return this.last - this.first + 1;
		}

	}

	void send(HttpServletRequest request, HttpServletResponse response, Path file, Manifest manifest,
			Manifest.Entry entry, String catalogue) throws IOException {
		long length = entry.bytes();
		String etag = "\"" + entry.sha256() + "\"";
		Instant modified = Instant.parse(manifest.created()).truncatedTo(ChronoUnit.SECONDS);
		response.setHeader("ETag", etag);
		response.setDateHeader("Last-Modified", modified.toEpochMilli());
		response.setHeader("Accept-Ranges", "bytes");
		response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
		response.setHeader("Link",
				"<" + entry.license() + ">; rel=\"license\", <" + catalogue + ">; rel=\"describedby\"");
		if (notModified(request, etag, modified)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setHeader("Content-Disposition",
				"attachment; filename=\"agora-" + manifest.version() + "-" + entry.name() + "\"");
		response.setContentType("application/gzip");
		Range range = null;
		String header = request.getHeader("Range");
		if (header != null && rangeApplies(request.getHeader("If-Range"), etag, modified)) {
			RangeAnswer answer = parse(header, length);
			if (answer.unsatisfiable()) {
				response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
				response.setHeader("Content-Range", "bytes */" + length);
				response.setContentType("text/plain;charset=utf-8");
				byte[] message = ("Range not satisfiable: '" + header + "' lies beyond the " + length
						+ " bytes of the file.\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				response.setContentLength(message.length);
				response.getOutputStream().write(message);
				return;
			}
			range = answer.range();
		}
		if (range == null) {
			range = new Range(0, length - 1);
			response.setStatus(HttpServletResponse.SC_OK);
		}
		else {
			response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
			response.setHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + length);
		}
		response.setContentLengthLong(Math.max(range.length(), 0));
		if (request.getMethod().equals("HEAD") || range.length() <= 0) {
			return;
		}
		copy(file, range, response.getOutputStream());
	}

	private static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
		String ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null) {
			return Arrays.stream(ifNoneMatch.split(","))
				.map(String::trim)
				.map((tag) -> tag.startsWith("W/") ? tag.substring(2) : tag)
				.anyMatch((tag) -> tag.equals("*") || tag.equals(etag));
		}
		long since = dateHeader(request, "If-Modified-Since");
		return since >= 0 && modified.toEpochMilli() <= since;
	}

	private static long dateHeader(HttpServletRequest request, String name) {
		try {
			return request.getDateHeader(name);
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	/** {@code If-Range}: the range applies only if the client's copy is this file. */
	private static boolean rangeApplies(String ifRange, String etag, Instant modified) {
		if (ifRange == null) {
			return true;
		}
		if (ifRange.startsWith("\"")) {
			return ifRange.equals(etag);
		}
		try {
			return java.time.ZonedDateTime.parse(ifRange, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
				.toInstant()
				.equals(modified);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return false;
		}
	}

	record RangeAnswer(Range range, boolean unsatisfiable) {
	}

	/**
	 * A single range of {@code bytes=first-last}, {@code bytes=first-} or
	 * {@code bytes=-suffix}; {@code null} range (whole file) for anything else.
	 */
	static RangeAnswer parse(String header, long length) {
		Matcher matcher = RANGE.matcher(header.trim());
		if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
			return new RangeAnswer(null, false);
		}
		try {
			if (matcher.group(1).isEmpty()) {
				long suffix = Long.parseLong(matcher.group(2));
				if (suffix == 0 || length == 0) {
					return new RangeAnswer(null, true);
				}
				return new RangeAnswer(new Range(Math.max(0, length - suffix), length - 1), false);
			}
			long first = Long.parseLong(matcher.group(1));
			long last = matcher.group(2).isEmpty() ? length - 1
					: Math.min(Long.parseLong(matcher.group(2)), length - 1);
			if (!matcher.group(2).isEmpty() && Long.parseLong(matcher.group(2)) < first) {
				return new RangeAnswer(null, false);
			}
			if (first >= length) {
				return new RangeAnswer(null, true);
			}
			return new RangeAnswer(new Range(first, last), false);
		}
		catch (NumberFormatException ex) {
			return new RangeAnswer(null, false);
		}
	}

	private static void copy(Path file, Range range, OutputStream out) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
			long position = range.first();
			long remaining = range.length();
			while (remaining > 0) {
				buffer.clear();
				buffer.limit((int) Math.min(BUFFER, remaining));
				int read = channel.read(buffer, position);
				if (read < 0) {
					break;
				}
				out.write(buffer.array(), 0, read);
				position += read;
				remaining -= read;
			}
		}
	}

}
