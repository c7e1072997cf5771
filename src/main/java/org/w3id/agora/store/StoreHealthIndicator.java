package org.w3id.agora.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code store}: up when the TDB2 store is open and
 * readable, with its directory, version and quad count (counted once per version of the
 * store).
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final DatasetGraph dataset;

	private final StoreState state;

	private final StoreProperties properties;

	StoreHealthIndicator(DatasetGraph dataset, StoreState state, StoreProperties properties) {
		super("Store health check failed");
		this.dataset = dataset;
		this.state = state;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		// Throws, and so reports DOWN, when the store is closed or unreadable.
		Txn.executeRead(this.dataset, () -> this.dataset.find().hasNext());
		StoreState.Version version = this.state.version();
		builder.up()
			.withDetail("directory", this.properties.directory().toAbsolutePath().normalize().toString())
			.withDetail("version", version.number())
			.withDetail("lastCommit", version.committed().toString())
			.withDetail("quads", this.state.quadCount());
	}

}
