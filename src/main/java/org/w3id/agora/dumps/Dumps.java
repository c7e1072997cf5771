package org.w3id.agora.dumps;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.stereotype.Component;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.privacy.PrivacyRule;
import org.w3id.agora.store.StoreProperties;
import org.w3id.agora.store.StoreState;

/**
 * Makes dump versions, one at a time, whoever asks (the background worker, an
 * administrator's {@code POST /dumps}, the CLI), and publishes them in the
 * {@link DumpStore}.
 */
@Component
public class Dumps {

	private static final Log logger = LogFactory.getLog(Dumps.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final DatasetGraph dataset;

	private final StoreState state;

	private final DumpProperties properties;

	private final DumpStore store;

	private final DumpWriter writer;

	private final AtomicBoolean stopping = new AtomicBoolean();

	/** The store version of the last dump made by this process; -1 before the first. */
	private final AtomicLong dumped = new AtomicLong(-1);

	public Dumps(DatasetGraph dataset, StoreState state, DumpProperties properties, StoreProperties storeProperties,
			PrivacyRule privacy, AgoraProperties agora) {
		this.dataset = dataset;
		this.state = state;
		this.properties = properties;
		this.store = new DumpStore(properties.resolveDirectory(storeProperties.directory()));
		this.store.removeIncomplete();
		this.writer = new DumpWriter(privacy, agora.base(), properties.gzipLevel(), properties.pacing(),
				this.stopping::get);
	}

	public DumpStore store() {
		return this.store;
	}

	/** The store version the last dump of this process was taken at, or -1. */
	public long dumpedVersion() {
		return this.dumped.get();
	}

	/**
	 * Makes a new dump version from one snapshot of the store and publishes it; waits for
	 * a dump already under way to finish first.
	 */
	public synchronized Manifest generate() {
		long storeVersion = this.state.version().number();
		String version = stamp();
		Path incoming = this.store.incoming(version);
		long start = System.nanoTime();
		try {
			Manifest manifest = this.writer.write(this.dataset, incoming, version, storeVersion);
			this.store.publish(incoming, manifest, this.properties.keep());
			this.dumped.set(storeVersion);
			logger.info(String.format("Dump %s written: %,d quads, %d files, %,d statements withheld, in %.1f s",
					version, manifest.quads(), manifest.files().size(), manifest.withheld(),
					(System.nanoTime() - start) / 1e9));
			return manifest;
		}
		catch (RuntimeException | Error ex) {
			this.store.discard(incoming);
			throw ex;
		}
	}

	/** Asks a dump under way to stop at its next check, and refuses new ones. */
	void stop() {
		this.stopping.set(true);
	}

	private String stamp() {
		String base = STAMP.format(Instant.now());
		String version = base;
		for (int i = 2; this.store.taken(version); i++) {
			version = base + "-" + i;
		}
		return version;
	}

}
