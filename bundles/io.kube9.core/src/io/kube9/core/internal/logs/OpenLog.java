package io.kube9.core.internal.logs;

import java.io.Closeable;

import io.kube9.core.errors.KubeException;
import okio.BufferedSource;

/** One open log stream: its bytes, and what the stream said when it ended. */
public interface OpenLog extends Closeable {

	BufferedSource source();

	/** After the end of the bytes: a classified failure when the stream ended in one (kubectl's exit code). */
	void finish() throws KubeException;

	/** Closes the connection or ends the process; a blocked read ends with an exception. Never throws. */
	@Override
	void close();
}
