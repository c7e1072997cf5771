package org.w3id.agora.dumps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dumps directory: one sub-directory per version (named by its UTC timestamp, so name
 * order is time order) holding the files and {@code manifest.json}. A version is written
 * under a hidden {@code .incoming-<version>} name and renamed into place only when
 * complete, so a version directory is either whole or absent; a crash mid-way leaves only
 * a hidden directory, removed at the next start.
 */
public final class DumpStore {

	private static final Log logger = LogFactory.getLog(DumpStore.class);

	private static final String INCOMING = ".incoming-";

	/**
	 * Version names: what {@link Dumps#stamp} makes, nothing that could leave the dir.
	 */
	private static final Pattern VERSION = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}\\.[0-9]{3}Z(-[0-9]+)?");

	private final Path directory;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Manifests never change once published: read each once. */
	private final Map<String, Manifest> manifests = new ConcurrentHashMap<>();

	public DumpStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	public Path directory() {
		return this.directory;
	}

	/** Deletes what interrupted dumps left behind. Call before any dump starts. */
	public void removeIncomplete() {
		if (!Files.isDirectory(this.directory)) {
			return;
		}
		try (Stream<Path> entries = Files.list(this.directory)) {
			entries.filter((entry) -> entry.getFileName().toString().startsWith(INCOMING)).forEach((entry) -> {
				logger.info("Removing the incomplete dump " + entry);
				delete(entry);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + this.directory, ex);
		}
	}

	/** The published versions, newest first. */
	public List<Manifest> versions() {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(this.directory)) {
			return entries.map((entry) -> entry.getFileName().toString())
				.filter((name) -> VERSION.matcher(name).matches())
				.sorted(Comparator.reverseOrder())
				.map(this::manifest)
				.flatMap(Optional::stream)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + this.directory, ex);
		}
	}

	public Optional<Manifest> latest() {
		return versions().stream().findFirst();
	}

	/** The manifest of a published version; empty for any other name. */
	public Optional<Manifest> manifest(String version) {
		if (version == null || !VERSION.matcher(version).matches()) {
			return Optional.empty();
		}
		Manifest known = this.manifests.get(version);
		if (known != null) {
			return Optional.of(known);
		}
		Path file = this.directory.resolve(version).resolve(Manifest.FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Manifest read = this.json.readValue(file.toFile(), Manifest.class);
		this.manifests.put(version, read);
		return Optional.of(read);
	}

	/** Where a file of a published version lives. */
	public Path file(Manifest manifest, Manifest.Entry entry) {
		return this.directory.resolve(manifest.version()).resolve(entry.name());
	}

	/** A fresh hidden directory to write a version into. */
	Path incoming(String version) {
		Path incoming = this.directory.resolve(INCOMING + version);
		try {
			Files.createDirectories(incoming);
			return incoming;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + incoming, ex);
		}
	}

	/** Whether a version of that name exists, published or being written. */
	boolean taken(String version) {
		return Files.exists(this.directory.resolve(version))
				|| Files.exists(this.directory.resolve(INCOMING + version));
	}

	/**
	 * Writes the manifest into the incoming directory and renames the directory into
	 * place in one step, then deletes the versions beyond {@code keep}.
	 */
	void publish(Path incoming, Manifest manifest, int keep) {
		try {
			Path file = incoming.resolve(Manifest.FILE);
			this.json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), manifest);
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Path target = this.directory.resolve(manifest.version());
			try {
				Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				throw new IllegalStateException("The dumps directory " + this.directory
						+ " does not support atomic renames; dumps cannot be published safely", ex);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish the dump " + manifest.version(), ex);
		}
		prune(keep);
	}

	/** Deletes an incoming directory after a failed dump. */
	void discard(Path incoming) {
		delete(incoming);
	}

	private void prune(int keep) {
		List<Manifest> versions = versions();
		for (Manifest old : versions.subList(Math.min(keep, versions.size()), versions.size())) {
			logger.info("Deleting the old dump " + old.version());
			this.manifests.remove(old.version());
			delete(this.directory.resolve(old.version()));
		}
	}

	private static void delete(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			logger.warn("Cannot delete " + path + ": " + ex.getMessage());
		}
	}

}
