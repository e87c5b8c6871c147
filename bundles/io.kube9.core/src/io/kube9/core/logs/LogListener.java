package io.kube9.core.logs;

import java.util.List;

/**
 * Receives a log stream. Both methods are called from the stream's own thread, in order, never from the UI
 * thread; they must not block for long (a slow listener slows the stream, it loses nothing).
 */
public interface LogListener {

	/** Lines in the order the container wrote them, without line terminators; a resumed stream repeats none. */
	void lines(List<String> lines);

	/** What happened to the stream: dropped, resumed, ended, failed. */
	void notice(LogNotice notice);
}
