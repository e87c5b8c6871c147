package io.kube9.benchmarks;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of the run (lists, large, switch, heap, tree, namespace, coldstart, live); system property {@value #PROPERTY} names
 * the ones to run, comma-separated, when profiling one of them. All run when it is unset or "all".
 */
final class Parts {

	static final String PROPERTY = "kube9.bench.only";

	private Parts() {
	}

	static boolean enabled(String part) {
		Set<String> only = only();
		return only.isEmpty() || only.contains("all") || only.contains(part);
	}

	/** Whether the fresh IDE starts are all that runs (then the large seed is not needed). */
	static boolean onlyColdStart() {
		return only().equals(Set.of("coldstart"));
	}

	/** Whether this part alone runs. */
	static boolean only(String part) {
		return only().equals(Set.of(part));
	}

	private static Set<String> only() {
		return Arrays.stream(System.getProperty(PROPERTY, "").split(",")).map(String::trim)
				.filter(name -> !name.isEmpty()).collect(Collectors.toSet());
	}
}
