package io.kube9.core.internal.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;

import io.kube9.core.internal.source.CancellationSignal;

/**
 * Asks the user's login shell for its PATH: what a terminal would find, which a desktop-launched IDE does not
 * inherit. Its profile may print anything, so the value is read between markers; a profile that waits for
 * input gets no input and a time limit.
 */
final class LoginShell {

	static final Duration TIME_LIMIT = Duration.ofSeconds(3);
	private static final String MARKER = "__KUBE9_PATH__";
	/** csh and tcsh refuse -l together with -c; their -c still reads the rc file that sets the path. */
	private static final Set<String> NO_LOGIN_FLAG = Set.of("csh", "tcsh");

	private LoginShell() {
	}

	/** The login shell's PATH, or empty when there is no shell or it does not answer in time. */
	static Optional<String> path(String shell) {
		return path(shell, TIME_LIMIT);
	}

	static Optional<String> path(String shell, Duration limit) {
		if (shell == null || shell.isBlank() || !Files.isExecutable(Path.of(shell))) {
			return Optional.empty();
		}
		String name = Path.of(shell).getFileName().toString();
		// Three arguments so no shell reads the marker as part of a variable name (fish has no ${...}).
		String print = "printf '%s%s%s' " + MARKER + " \"$PATH\" " + MARKER;
		List<String> command = NO_LOGIN_FLAG.contains(name) ? List.of(shell, "-c", print)
				: List.of(shell, "-l", "-c", print);
		try {
			ProcessRunner.Result result = ProcessRunner.run(command, Map.of(), limit, CancellationSignal.none());
			String output = result.stdoutText();
			int start = output.indexOf(MARKER);
			int end = output.lastIndexOf(MARKER);
			if (result.exitCode() != 0 || start < 0 || end <= start) {
				return Optional.empty();
			}
			String path = output.substring(start + MARKER.length(), end).strip();
			return path.isEmpty() ? Optional.empty() : Optional.of(path);
		} catch (IOException | TimeoutException e) {
			ILog.of(LoginShell.class).warn("The login shell " + shell + " did not tell its PATH: " + e.getMessage());
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}
