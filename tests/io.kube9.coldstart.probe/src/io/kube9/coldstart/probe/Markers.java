package io.kube9.coldstart.probe;

/**
 * Classes loaded only to mark an instant in a {@code -Xlog:class+load} log: the benchmark counts the classes
 * loaded between the two marks of a step.
 */
final class Markers {

	static final class ExpandStart {
	}

	static final class ExpandPainted {
	}

	static final class PodsStart {
	}

	static final class PodsPainted {
	}

	private Markers() {
	}

	/** Loads the marker class of that simple name now (by name: a class literal would load it where it stands). */
	static void mark(String marker) {
		try {
			Class.forName(Markers.class.getName() + "$" + marker, true, Markers.class.getClassLoader());
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}
}
