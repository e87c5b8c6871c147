package io.kube9.installcheck;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the checks found wrong, from any thread; any problem fails the check. */
final class Problems {

	private final List<String> found = new CopyOnWriteArrayList<>();

	void add(String problem) {
		found.add(problem);
		Report.line("PROBLEM: " + problem);
	}

	boolean none() {
		return found.isEmpty();
	}

	int count() {
		return found.size();
	}
}
