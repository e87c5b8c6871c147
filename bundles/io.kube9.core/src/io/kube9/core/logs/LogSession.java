package io.kube9.core.logs;

import java.time.Duration;

/** A running log stream: stop it, or wait for it to end. */
public interface LogSession {

	LogRequest request();

	/** Ends the stream at once (its connection or process is closed); the listener gets a last ENDED notice. */
	void stop();

	/** Whether the stream is still open or resuming. */
	boolean isActive();

	/** Waits until the stream ended; false when it did not within the limit. */
	boolean awaitEnd(Duration limit) throws InterruptedException;
}
