package io.kube9.core.shell;

import java.io.InputStream;
import java.io.OutputStream;

import io.kube9.core.errors.KubeException;

/**
 * An interactive shell running in a container with a remote terminal (TTY): what the user types goes to
 * {@link #input()}, what the terminal shows comes from {@link #output()} (stdout and stderr are one stream with a
 * TTY). Blocking streams: read and write them off the UI thread.
 */
public interface ShellSession extends AutoCloseable {

	OutputStream input();

	InputStream output();

	/** Tells the remote terminal its new size, in character cells. */
	void resize(int columns, int rows);

	/**
	 * Waits until the shell ends: its exit code, or the classified reason it could not run (permission denied, no
	 * shell in the container, the connection lost).
	 */
	int waitForExit() throws KubeException, InterruptedException;

	/** Ends the session (the remote shell ends with its terminal). */
	@Override
	void close();
}
