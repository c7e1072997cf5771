package org.w3id.agora.dumps;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and when dumps are made.
 *
 * @param directory where dump versions are kept; empty means {@code dumps} next to the
 * store's directory ({@code data/dumps} beside {@code data/tdb2})
 * @param keep how many versions are kept; older ones are deleted
 * @param auto whether the server regenerates the dumps by itself when the store changed
 * @param debounce how long the store must stay unchanged before an automatic dump starts
 * @param gzipLevel the gzip compression level, 1 (fastest) to 9 (smallest)
 * @param adminToken the bearer token that {@code POST /dumps} requires until the real
 * authentication is wired in; empty refuses every such request
 * @param publisher the name of the publisher given in the catalogue
 * @param pacing a pause after every 10,000 statements written; zero in production, set by
 * tests that need a dump slow enough to be interrupted
 */
@ConfigurationProperties("agora.dumps")
public record DumpProperties(@DefaultValue("") String directory, @DefaultValue("3") int keep,
		@DefaultValue("true") boolean auto, @DefaultValue("60s") Duration debounce, @DefaultValue("6") int gzipLevel,
		@DefaultValue("") String adminToken,
		@DefaultValue("Agora des solutions citoyennes — On Passe à l'Acte Écosystème") String publisher,
		@DefaultValue("0s") Duration pacing) {

	public DumpProperties {
		if (keep < 1) {
			throw new IllegalArgumentException("agora.dumps.keep must be at least 1, got " + keep);
		}
		if (gzipLevel < 1 || gzipLevel > 9) {
			throw new IllegalArgumentException("agora.dumps.gzip-level must be 1 to 9, got " + gzipLevel);
		}
	}

	/** The dumps directory, {@code dumps} beside the store when none is configured. */
	public Path resolveDirectory(Path storeDirectory) {
		if (this.directory.isBlank()) {
			Path parent = storeDirectory.toAbsolutePath().normalize().getParent();
			return (parent != null) ? parent.resolve("dumps") : Path.of("dumps");
		}
		return Path.of(this.directory);
	}

}
