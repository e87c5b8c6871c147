package io.kube9.tests.cluster.internal;

import java.nio.file.Path;

/** A server process did not come up; carries the end of its log, which says why (port taken, bad flag, ...). */
public final class StartFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StartFailure(String message, Path log) {
		super(message + "\n--- last lines of " + log + " ---\n" + ChildProcess.tail(log, 25));
	}
}
