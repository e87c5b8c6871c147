package io.kube9.core.logs;

import io.kube9.core.errors.KubeException;

/**
 * Something the user should know about a log stream, with its text.
 *
 * @param kind    what happened
 * @param message the text to show (translated)
 * @param failure the classified failure, for {@link Kind#FAILED} and a failed resume attempt; else null
 */
public record LogNotice(Kind kind, String message, KubeException failure) {

	public enum Kind {
		/** The stream dropped; it is being resumed where it stopped. */
		DROPPED,
		/** The stream is back; no line was repeated or lost. */
		RESUMED,
		/** The log ended: stopped by the user, the pod is gone, the container terminated, or nothing to follow. */
		ENDED,
		/** The log cannot be read (permission, not found, ...); the stream is over. */
		FAILED;
	}

	/** Whether the stream is over after this notice. */
	public boolean isFinal() {
		return kind == Kind.ENDED || kind == Kind.FAILED;
	}
}
