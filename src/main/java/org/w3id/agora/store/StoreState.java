package org.w3id.agora.store;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.springframework.stereotype.Component;

/**
 * The store's change counter: every committed write transaction, whatever path it came
 * through (Fuseki update, contributions, loads), moves the version on and records the
 * time. Validators (ETags), caches and statistics key on it, so they never serve a state
 * older than the store's.
 */
@Component
public class StoreState {

	/** A version of the store's content and the instant it was committed. */
	public record Version(long number, Instant committed) {
	}

	private final AtomicReference<Version> current;

	private final DatasetGraph dataset;

	private final AtomicReference<Cached> quadCount = new AtomicReference<>();

	private record Cached(long version, long value) {
	}

	public StoreState(DatasetGraph dataset) {
		this.dataset = dataset;
		this.current = new AtomicReference<>(new Version(1, Instant.now()));
		TransactionListener onCommit = new TransactionListener() {
			@Override
			public void notifyCommitFinish(Transaction transaction) {
				if (transaction.isWriteTxn()) {
					StoreState.this.current.updateAndGet((version) -> new Version(version.number() + 1, Instant.now()));
				}
			}
		};
		TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
		// The coordinator's configuration is locked once the store is open: change it
		// exclusively.
		coordinator.modifyConfig(() -> coordinator.addListener(onCommit));
	}

	public Version version() {
		return this.current.get();
	}

	/** The number of quads in all named graphs, counted once per version of the store. */
	public long quadCount() {
		return cached(this.quadCount, (dsg) -> Txn.calculateRead(dsg, () -> dsg.stream().count()));
	}

	private long cached(AtomicReference<Cached> cache, ToLongFunction<DatasetGraph> compute) {
		long version = version().number();
		Cached known = cache.get();
		if (known != null && known.version() == version) {
			return known.value();
		}
		long value = compute.applyAsLong(this.dataset);
		cache.set(new Cached(version, value));
		return value;
	}

}
