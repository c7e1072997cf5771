package org.w3id.agora.dumps;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.w3id.agora.store.StoreState;

/**
 * Regenerates the dumps in the background when the store changed: once the store's
 * version differs from that of the last dump and has not moved for
 * {@code agora.dumps.debounce}. A freshly started server counts as changed (it cannot
 * tell whether the dumps on disk match the store), so it dumps once after the debounce.
 * Runs in the server only ({@code agora.dumps.auto}, default on); stops before the store
 * closes, cancelling a dump under way.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "agora.dumps.auto", matchIfMissing = true)
class DumpScheduler implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DumpScheduler.class);

	private final Dumps dumps;

	private final StoreState state;

	private final Duration debounce;

	private ScheduledExecutorService executor;

	/** A store version whose dump failed: not retried until the store changes again. */
	private volatile long failed = -1;

	DumpScheduler(Dumps dumps, StoreState state, DumpProperties properties) {
		this.dumps = dumps;
		this.state = state;
		this.debounce = properties.debounce();
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "agora-dumps");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(200, Math.min(this.debounce.toMillis() / 4, 5_000));
		this.executor.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
	}

	private void check() {
		StoreState.Version version = this.state.version();
		if (version.number() == this.dumps.dumpedVersion() || version.number() == this.failed) {
			return;
		}
		if (Duration.between(version.committed(), Instant.now()).compareTo(this.debounce) < 0) {
			return;
		}
		try {
			this.dumps.generate();
		}
		catch (DumpWriter.CancelledException ex) {
			logger.info("Dump cancelled: the server is stopping");
		}
		catch (RuntimeException ex) {
			this.failed = version.number();
			logger.error("The automatic dump failed; the previous dumps are still served", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor == null) {
			return;
		}
		this.dumps.stop();
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(60, TimeUnit.SECONDS)) {
				logger.warn("A dump did not stop within 60 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
