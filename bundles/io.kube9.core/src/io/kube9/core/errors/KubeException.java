package io.kube9.core.errors;

import java.util.Objects;

/**
 * A classified failure: what the user is told, what they can do about it, and the (redacted) detail.
 * Messages never contain tokens, passwords, keys or secret values.
 */
public class KubeException extends Exception {

	private static final long serialVersionUID = 1L;

	private final ErrorKind kind;
	private final String context;
	private final String action;
	private final String detail;

	public KubeException(ErrorKind kind, String context, String message, String action, String detail,
			Throwable cause) {
		super(message, cause);
		this.kind = Objects.requireNonNull(kind);
		this.context = context;
		this.action = action;
		this.detail = detail;
	}

	public ErrorKind kind() {
		return kind;
	}

	/** The kubeconfig context the failure belongs to, or null when it concerns no single context. */
	public String context() {
		return context;
	}

	/** What the user can do about it. */
	public String action() {
		return action;
	}

	/** Technical detail (a status line, a plugin's stderr), redacted; may be empty. */
	public String detail() {
		return detail;
	}

	@Override
	public String toString() {
		return "KubeException[" + kind + (context == null ? "" : ", context=" + context) + "]: " + getMessage();
	}
}
