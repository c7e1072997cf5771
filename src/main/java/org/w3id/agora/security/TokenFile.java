package org.w3id.agora.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tokens file: read again whenever its modification time or size changes, so tokens
 * are added and revoked without a restart; rewritten through a temporary file and an
 * atomic rename, so a reader never sees half a file. Lines starting with {@code #} are
 * comments; a malformed line is skipped with a warning naming it.
 */
public final class TokenFile {

	private static final Logger log = LoggerFactory.getLogger(TokenFile.class);

	private final Path file;

	private volatile Snapshot snapshot = new Snapshot(null, Map.of());

	private record Stamp(long modified, long size, Object key) {
	}

	private record Snapshot(Stamp stamp, Map<String, TokenEntry> entries) {
	}

	public TokenFile(Path file) {
		this.file = file;
	}

	public Path path() {
		return this.file;
	}

	/** The entry of a token id, as the file holds it now. */
	public Optional<TokenEntry> find(String id) {
		return Optional.ofNullable(current().get(id));
	}

	public List<TokenEntry> entries() {
		return List.copyOf(current().values());
	}

	public synchronized void add(TokenEntry entry) {
		Map<String, TokenEntry> entries = new LinkedHashMap<>(read());
		if (entries.containsKey(entry.id())) {
			throw new IllegalArgumentException("token id " + entry.id() + " already exists");
		}
		entries.put(entry.id(), entry);
		write(entries.values());
	}

	/**
	 * @return whether the token existed
	 */
	public synchronized boolean revoke(String id) {
		Map<String, TokenEntry> entries = new LinkedHashMap<>(read());
		if (entries.remove(id) == null) {
			return false;
		}
		write(entries.values());
		return true;
	}

	private Map<String, TokenEntry> current() {
		Stamp stamp = stamp();
		Snapshot known = this.snapshot;
		if (known.stamp() != null && known.stamp().equals(stamp)) {
			return known.entries();
		}
		if (stamp == null) {
			this.snapshot = new Snapshot(null, Map.of());
			return Map.of();
		}
		Map<String, TokenEntry> entries = read();
		this.snapshot = new Snapshot(stamp, entries);
		return entries;
	}

	private Stamp stamp() {
		try {
			BasicFileAttributes attributes = Files.readAttributes(this.file, BasicFileAttributes.class);
			return new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size(), attributes.fileKey());
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the tokens file " + this.file, ex);
		}
	}

	private Map<String, TokenEntry> read() {
		List<String> lines;
		try {
			lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			return Map.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the tokens file " + this.file, ex);
		}
		Map<String, TokenEntry> entries = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				TokenEntry entry = TokenEntry.parse(line);
				entries.put(entry.id(), entry);
			}
			catch (IllegalArgumentException ex) {
				log.warn("{}:{}: line skipped: {}", this.file, i + 1, ex.getMessage());
			}
		}
		return entries;
	}

	private void write(java.util.Collection<TokenEntry> entries) {
		List<String> lines = new ArrayList<>();
		lines.add("# Agora tokens: id agent-iri role salt sha256hex(salt:secret). Managed by 'agora token'.");
		entries.forEach((entry) -> lines.add(entry.line()));
		try {
			Path parent = this.file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temp = Files.createTempFile(parent, ".tokens", ".tmp");
			Files.write(temp, lines, StandardCharsets.UTF_8);
			try {
				// Hashes only, but nobody else needs to read them.
				Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system
			}
			Files.move(temp, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the tokens file " + this.file, ex);
		}
	}

}
