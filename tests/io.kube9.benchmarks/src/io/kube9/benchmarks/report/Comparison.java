package io.kube9.benchmarks.report;

import java.util.List;

import io.kube9.benchmarks.measure.Results;

/**
 * kubectl against the API client for one operation: what the chart draws and the summary table lists.
 *
 * @param label     the operation
 * @param kubectlId the measurement of the kubectl way
 * @param apiId     the measurement of the API client way
 * @param expected  the seed's figures, or null
 */
public record Comparison(String label, String kubectlId, String apiId, Expected expected) {

	/** kubectl's median over the API client's: how many times faster the API client is. */
	public double speedUp(Results results) {
		return results.median(kubectlId) / results.median(apiId);
	}

	public boolean measured(Results results) {
		return results.find(kubectlId).isPresent() && results.find(apiId).isPresent();
	}

	/** Those of the list that were measured in this run. */
	public static List<Comparison> measured(List<Comparison> comparisons, Results results) {
		return comparisons.stream().filter(comparison -> comparison.measured(results)).toList();
	}
}
