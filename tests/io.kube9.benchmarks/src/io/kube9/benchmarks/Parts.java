package io.kube9.benchmarks;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of the run (lists, large, wire, switch, heap, tree, namespace, logs, forward, shell, coldstart, live,
 * storm: the event storm of live alone, huge); system property {@value #PROPERTY} names the ones to run,
 * comma-separated, when profiling one of them. All run when it is unset or "all".
 */
final class Parts {

	static final String PROPERTY = "kube9.bench.only";

	private Parts() {
	}

	static boolean enabled(String part) {
		Set<String> only = only();
		return only.isEmpty() || only.contains("all") || only.contains(part)
				|| part.equals("storm") && only.contains("live");
	}

	/**
	 * Whether only parts that run on the demo cluster alone run (fresh IDE starts, logs, port-forwards, shells,
	 * live): no large seed.
	 */
	static boolean onlyDemo() {
		Set<String> only = only();
		return !only.isEmpty() && Set.of("coldstart", "logs", "forward", "shell", "live", "storm").containsAll(only);
	}

	private static Set<String> only() {
		return Arrays.stream(System.getProperty(PROPERTY, "").split(",")).map(String::trim)
				.filter(name -> !name.isEmpty()).collect(Collectors.toSet());
	}
}
