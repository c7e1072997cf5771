package org.w3id.agora.bench;

import java.util.Arrays;

/** Order statistics of a sample of durations, in milliseconds. */
record Stats(int count, double p50, double p90, double p99, double max) {

	static Stats of(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Stats(sorted.length, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.90)),
				ms(percentile(sorted, 0.99)), ms(sorted[sorted.length - 1]));
	}

	/** The median of a sample of plain numbers. */
	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static long percentile(long[] sorted, double p) {
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
