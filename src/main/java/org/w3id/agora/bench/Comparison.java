package org.w3id.agora.bench;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;

/**
 * Two systems measured with the same request in alternating rounds (A B, B A, A B ...),
 * so that a burst of machine noise weighs on both. The ratio is taken per round, then
 * summarised.
 */
record Comparison(Stats ours, Stats stock, double ratioMedian, double ratioMin, double ratioMax) {

	static Comparison run(HttpLoad load, HttpRequest ours, HttpRequest stock, int clients, int rounds, int requests) {
		return run(load, List.of(ours), List.of(stock), clients, rounds, requests, Math.max(requests, 100));
	}

	/**
	 * Runs {@code rounds} alternating rounds of {@code requests} requests per system
	 * (each taken in turn from its list), after {@code warmup} unmeasured ones each.
	 */
	static Comparison run(HttpLoad load, List<HttpRequest> ours, List<HttpRequest> stock, int clients, int rounds,
			int requests, int warmup) {
		// Warm both paths (JIT, connections, caches) before measuring.
		load.run(ours, 200, clients, warmup);
		load.run(stock, 200, clients, warmup);
		long[] allOurs = new long[rounds * requests];
		long[] allStock = new long[rounds * requests];
		double[] ratios = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long[] a;
			long[] b;
			if (round % 2 == 0) {
				a = load.run(ours, 200, clients, requests);
				b = load.run(stock, 200, clients, requests);
			}
			else {
				b = load.run(stock, 200, clients, requests);
				a = load.run(ours, 200, clients, requests);
			}
			System.arraycopy(a, 0, allOurs, round * requests, requests);
			System.arraycopy(b, 0, allStock, round * requests, requests);
			ratios[round] = Stats.of(a).p50() / Stats.of(b).p50();
		}
		double min = Double.MAX_VALUE;
		double max = 0;
		for (double ratio : ratios) {
			min = Math.min(min, ratio);
			max = Math.max(max, ratio);
		}
		return new Comparison(Stats.of(allOurs), Stats.of(allStock), Stats.median(ratios), min, max);
	}

	/** Ratio of the 99th percentiles over all rounds (ours / stock). */
	double ratioP99() {
		return this.ours.p99() / this.stock.p99();
	}

	String ratioText() {
		return String.format(Locale.ROOT, "%.3f× [%.3f–%.3f]", this.ratioMedian, this.ratioMin, this.ratioMax);
	}

}
