package org.w3id.agora.contributions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.sparql.core.Quad;
import org.springframework.stereotype.Component;

/**
 * The append-only log of committed writes as RDF Patch: one file per write,
 * {@code <changes>/<sequence>.rdfp}, numbered from 1 without gaps, each patch chained to
 * the previous one ({@code H prev}) and naming its provenance activity. The basis of the
 * partners' change feed. Files are written to a temporary name and renamed, so a reader
 * never sees half a patch.
 */
@Component
public class ChangeLog {

	static final String EXTENSION = ".rdfp";

	private final Path directory;

	private final AtomicLong sequence;

	private volatile Node previous;

	public ChangeLog(WritesProperties properties) {
		this.directory = properties.changesDirectory();
		List<Long> numbers = sequences();
		this.sequence = new AtomicLong(numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1));
		this.previous = numbers.isEmpty() ? null : read(this.sequence.get()).map(RDFPatch::getId).orElse(null);
	}

	/** The patch of a change, before it is committed. */
	RDFPatch patch(Changes changes, Node activity) {
		RDFChangesCollector collector = new RDFChangesCollector();
		collector.header(RDFPatchConst.ID, NodeFactory.createURI("uuid:" + UUID.randomUUID()));
		if (this.previous != null) {
			collector.header(RDFPatchConst.PREV, this.previous);
		}
		collector.header("activity", activity);
		collector.txnBegin();
		for (Quad quad : changes.removed()) {
			collector.delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
		}
		for (Quad quad : changes.added()) {
			collector.add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
		}
		collector.txnCommit();
		return collector.getRDFPatch();
	}

	/**
	 * Appends the patch of a committed write. The caller commits and appends in one
	 * critical section, so patches are numbered in commit order.
	 * @return its sequence number
	 */
	long append(RDFPatch patch) {
		long number = this.sequence.incrementAndGet();
		try {
			Files.createDirectories(this.directory);
			Path temp = this.directory.resolve(name(number) + ".tmp");
			try (OutputStream out = Files.newOutputStream(temp)) {
				RDFPatchOps.write(out, patch);
			}
			Files.move(temp, this.directory.resolve(name(number) + EXTENSION), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append to the change log " + this.directory, ex);
		}
		this.previous = patch.getId();
		return number;
	}

	/** The sequence number of the last patch, 0 when none. */
	public long last() {
		return this.sequence.get();
	}

	public Optional<RDFPatch> read(long number) {
		Path file = this.directory.resolve(name(number) + EXTENSION);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (var in = Files.newInputStream(file)) {
			return Optional.of(RDFPatchOps.read(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The sequence numbers present, in order. */
	public List<Long> sequences() {
		List<Long> numbers = new ArrayList<>();
		if (!Files.isDirectory(this.directory)) {
			return numbers;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.directory, "*" + EXTENSION)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				try {
					numbers.add(Long.parseLong(name.substring(0, name.length() - EXTENSION.length())));
				}
				catch (NumberFormatException ex) {
					// not a patch of the log
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		numbers.sort(null);
		return numbers;
	}

	private static String name(long number) {
		return String.format("%012d", number);
	}

}
