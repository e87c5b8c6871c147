package io.kube9.tests.cluster.internal;

import java.util.Optional;

/**
 * The process whose end ends a cluster: the test session (./test.sh exports its pid, alive for the whole
 * run) when there is one, else this JVM.
 */
public final class Owner {

	public static final String SESSION_VARIABLE = "KUBE9_TEST_SESSION_PID";

	private Owner() {
	}

	public static RecordedProcess thisJvm() {
		return RecordedProcess.of(ProcessHandle.current(), null);
	}

	public static RecordedProcess sessionOrThisJvm() {
		return session().orElseGet(Owner::thisJvm);
	}

	/** The session process named by the environment, if it is set and alive. */
	public static Optional<RecordedProcess> session() {
		String value = System.getenv(SESSION_VARIABLE);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			Optional<ProcessHandle> session = ProcessHandle.of(Long.parseLong(value.trim()))
					.filter(ProcessHandle::isAlive);
			if (session.isEmpty()) {
				Log.info("%s=%s is not a running process; this JVM owns the test cluster instead", SESSION_VARIABLE,
						value);
			}
			return session.map(handle -> RecordedProcess.of(handle, null));
		} catch (NumberFormatException e) {
			Log.info("%s=%s is not a pid; this JVM owns the test cluster instead", SESSION_VARIABLE, value);
			return Optional.empty();
		}
	}
}
