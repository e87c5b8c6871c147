package io.kube9.core.internal.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;

/** Why a shell did not run, classified where it is known. */
final class ShellFailures {

	/** OkHttp's words when the server refuses the WebSocket upgrade: "... but was '403 Forbidden'". */
	private static final Pattern REFUSED_UPGRADE = Pattern.compile("but was '(\\d{3})"); //$NON-NLS-1$

	private ShellFailures() {
	}

	/** A failure of the WebSocket connection: the server's refusal (RBAC: 403) or a network failure. */
	static KubeException connection(Throwable failure, String context) {
		Matcher status = REFUSED_UPGRADE.matcher(String.valueOf(failure.getMessage()));
		if (status.find()) {
			return ErrorClassifier.byStatus(Integer.parseInt(status.group(1)), context, failure.getMessage(),
					failure);
		}
		return ErrorClassifier.classify(failure, context);
	}

	/** The server answered with a failure status other than an exit code: the command could not start. */
	static KubeException noShell(String context, String command) {
		return new KubeException(ErrorKind.NOT_FOUND, context, ShellMessages.noShell_message,
				ShellMessages.noShell_action, command, null);
	}

	/** The connection ended without the exit status. */
	static KubeException lost(String context) {
		return new KubeException(ErrorKind.UNKNOWN, context, ShellMessages.lost_message, ShellMessages.lost_action,
				null, null);
	}

	/** The pod has terminated or the container does not run: {@code refusal} says which. */
	static KubeException notRunning(String context, String refusal) {
		return new KubeException(ErrorKind.NOT_FOUND, context, refusal, ShellMessages.notRunning_action, null, null);
	}

	static KubeException noContainer(String context, String pod, String container) {
		return new KubeException(ErrorKind.NOT_FOUND, context,
				ShellMessages.bind(ShellMessages.noContainer_message, pod, container), ShellMessages.notRunning_action,
				null, null);
	}
}
