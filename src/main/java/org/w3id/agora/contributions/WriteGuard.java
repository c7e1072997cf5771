package org.w3id.agora.contributions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.security.Agent;
import org.w3id.agora.store.GraphNames;
import org.w3id.agora.validation.Validator;

/**
 * The one way to write to the store from a request: the change runs inside a single TDB2
 * write transaction over a {@link RecordingDataset}; the nodes it touched (and those
 * whose shapes reach them, see {@link FocusNodes}) are validated against the store as the
 * change leaves it; any SHACL Violation aborts the transaction. An accepted change gets
 * its PROV-O record in the same transaction, then is committed and appended to the
 * {@link ChangeLog}. Every path (contributions, SPARQL Update, Graph Store Protocol) goes
 * through {@link #write}.
 */
@Component
public class WriteGuard {

	private static final Logger log = LoggerFactory.getLogger(WriteGuard.class);

	private static final int VALIDATION_BATCH = 256;

	/**
	 * A change applied to the store as the write sees it; may throw {@link WriteProblem}.
	 */
	@FunctionalInterface
	public interface Mutation<T> {

		T apply(DatasetGraph dataset);

	}

	/** What a committed write did. */
	public record Committed<T>(T value, Node activity, long sequence, int quadsAdded, int quadsRemoved,
			ValidationReport report, int focusNodes, long validationMicros) {

		public boolean changed() {
			return this.activity != null;
		}

	}

	private final DatasetGraph dataset;

	private final Validator validator;

	private final GraphNames graphs;

	private final ChangeLog changeLog;

	private final WritesProperties properties;

	private final Provenance provenance;

	public WriteGuard(DatasetGraph dataset, Validator validator, GraphNames graphs, ChangeLog changeLog,
			WritesProperties properties, AgoraProperties agora) {
		this.dataset = dataset;
		this.validator = validator;
		this.graphs = graphs;
		this.changeLog = changeLog;
		this.properties = properties;
		this.provenance = new Provenance(agora, graphs.provenance());
		if (!properties.validation()) {
			log.warn("agora.writes.validation=false: writes are NOT validated (for measurement only)");
		}
	}

	public WritesProperties properties() {
		return this.properties;
	}

	/**
	 * Runs the mutation as one guarded, attributed write.
	 * @throws RejectedWriteException when the result would hold a SHACL Violation
	 * @throws WriteProblem when the mutation refuses the request or runs out of time
	 */
	public <T> Committed<T> write(Agent agent, WriteMethod method, Mutation<T> mutation) {
		Instant started = Instant.now();
		long deadline = System.nanoTime() + this.properties.timeLimit().toNanos();
		String budget = this.properties.timeLimit().toMillis() / 1000.0 + " s";
		Node provenanceGraph = this.graphs.provenance();
		this.dataset.begin(TxnType.WRITE);
		try {
			RecordingDataset recording = new RecordingDataset(this.dataset, deadline, budget);
			T value = mutation.apply(recording);
			Changes changes = recording.changes();
			if (changes.isEmpty()) {
				this.dataset.abort();
				return new Committed<>(value, null, this.changeLog.last(), 0, 0, ValidationReport.reportConformsTrue(),
						0, 0);
			}
			checkGraphs(changes, provenanceGraph);
			ValidationReport report = ValidationReport.reportConformsTrue();
			long validationStart = System.nanoTime();
			int focusCount = 0;
			if (this.properties.validation()) {
				Set<Node> focus = FocusNodes.of(changes, this.dataset.getUnionGraph(),
						this.validator.catalogue().pathPredicates(), provenanceGraph);
				focusCount = focus.size();
				report = validate(focus, recording);
				long violations = report.getEntries()
					.stream()
					.filter((entry) -> entry.severity() == Severity.Violation)
					.count();
				if (violations > 0) {
					throw new RejectedWriteException(report, violations);
				}
			}
			long validationMicros = (System.nanoTime() - validationStart) / 1000;
			Node activity = this.provenance.newActivity();
			this.provenance.record(recording, activity, agent, method, started,
					Provenance.resources(changes, provenanceGraph));
			Changes all = recording.changes();
			long sequence;
			// Commit and log in one critical section, so that the log follows commit
			// order.
			synchronized (this.changeLog) {
				this.dataset.commit();
				RDFPatch patch = this.changeLog.patch(all, activity);
				sequence = this.changeLog.append(patch);
			}
			return new Committed<>(value, activity, sequence, changes.added().size(), changes.removed().size(), report,
					focusCount, validationMicros);
		}
		catch (RecordingDataset.OverTimeException ex) {
			throw new WriteProblem(HttpStatus.SERVICE_UNAVAILABLE.value(), ex.getMessage());
		}
		catch (StackOverflowError ex) {
			throw new WriteProblem(HttpStatus.BAD_REQUEST.value(),
					"The request nests too deeply to be processed; nothing was stored.");
		}
		finally {
			if (this.dataset.isInTransaction()) {
				this.dataset.abort();
			}
			this.dataset.end();
		}
	}

	/**
	 * Validates the focus nodes in batches, checking the time budget between them, so a
	 * huge change cannot hold the single writer past its limit.
	 */
	private ValidationReport validate(Set<Node> focus, RecordingDataset recording) {
		log.debug("Validating {} focus node(s)", focus.size());
		ValidationReport.Builder report = ValidationReport.create();
		List<Node> batch = new ArrayList<>(VALIDATION_BATCH);
		for (Node node : focus) {
			batch.add(node);
			if (batch.size() == VALIDATION_BATCH) {
				recording.checkTime();
				this.validator.validateNodes(this.dataset.getUnionGraph(), batch)
					.getEntries()
					.forEach(report::addReportEntry);
				batch.clear();
			}
		}
		recording.checkTime();
		this.validator.validateNodes(this.dataset.getUnionGraph(), batch).getEntries().forEach(report::addReportEntry);
		return report.build();
	}

	private void checkGraphs(Changes changes, Node provenanceGraph) {
		changes.all().map(Quad::getGraph).distinct().forEach((graph) -> {
			if (Quad.isDefaultGraph(graph)) {
				throw new WriteProblem(HttpStatus.BAD_REQUEST.value(),
						"Writes must name a graph (e.g. GRAPH <" + this.graphs.curated().getURI()
								+ ">): the default graph is the union of the named graphs and is read-only.");
			}
			if (graph.equals(provenanceGraph)) {
				throw new WriteProblem(HttpStatus.BAD_REQUEST.value(),
						"<" + provenanceGraph.getURI() + "> is written by Agora only, as the record of every change.");
			}
		});
	}

}
