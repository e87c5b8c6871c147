package io.kube9.ui.internal.shell;

/** The job family of shell sessions: a session's job runs as long as its shell. */
public final class ShellJobs {

	public static final Object FAMILY = ShellJobs.class;

	private ShellJobs() {
	}
}
