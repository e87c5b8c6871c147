package io.kube9.core.internal.shell;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.openapi.models.V1StatusCause;

/** The exit code in an exec's final status (channel 3). */
final class ExecStatus {

	/**
	 * Runtimes that do not hand the kubelet a typed exit error (kwok among them) send a plain Failure whose message
	 * ends like Go's "exit status 3".
	 */
	private static final Pattern EXIT_STATUS = Pattern.compile("exit (?:status|code) (\\d+)\\s*$"); //$NON-NLS-1$

	private ExecStatus() {
	}

	/** The exit code, or empty when the command could not run at all (the message says why). */
	static OptionalInt exitCode(V1Status status) {
		if ("Success".equals(status.getStatus())) { //$NON-NLS-1$
			return OptionalInt.of(0);
		}
		if ("NonZeroExitCode".equals(status.getReason()) && status.getDetails() != null //$NON-NLS-1$
				&& status.getDetails().getCauses() != null) {
			for (V1StatusCause cause : status.getDetails().getCauses()) {
				if ("ExitCode".equals(cause.getReason()) && cause.getMessage() != null) { //$NON-NLS-1$
					return OptionalInt.of(Integer.parseInt(cause.getMessage().strip()));
				}
			}
		}
		Matcher plain = EXIT_STATUS.matcher(String.valueOf(status.getMessage()));
		return plain.find() ? OptionalInt.of(Integer.parseInt(plain.group(1))) : OptionalInt.empty();
	}
}
