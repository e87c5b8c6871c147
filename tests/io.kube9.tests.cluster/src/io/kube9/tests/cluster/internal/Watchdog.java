package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Kills a server process when its owner process is gone, however the owner ended (SIGKILL included, where no
 * shutdown hook runs). A tiny shell loop in its own session (setsid), so signals sent to the test JVM's process
 * group do not take the watchdog down with it. Processes are identified by pid and start time (from /proc), so
 * a recycled pid is neither watched nor killed by mistake. Nobody needs a graceful shutdown once the owner is
 * gone (and kube-apiserver's may stall when etcd went first): SIGTERM, two seconds, SIGKILL.
 */
public final class Watchdog {

	/**
	 * st PID prints the process's start time, or nothing when it is gone or a zombie (a zombie whose parent
	 * died waits for init to reap it, which some containers do late; it no longer runs, so it counts as gone).
	 */
	static final String SCRIPT = """
			st() { s=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null) || return 0; set -- $s; [ "$1" = Z ] || echo "${20}"; }
			owner=$1; child=$2
			o=$(st "$owner"); c=$(st "$child")
			[ -n "$c" ] || exit 0
			while [ -n "$o" ] && [ "$(st "$owner")" = "$o" ] && [ "$(st "$child")" = "$c" ]; do sleep 1; done
			[ "$(st "$child")" = "$c" ] || exit 0
			echo "kube9 watchdog: owner $owner is gone, stopping $child"
			kill -TERM "$child" 2>/dev/null
			i=0
			while [ $i -lt 8 ] && [ "$(st "$child")" = "$c" ]; do sleep 0.25; i=$((i+1)); done
			[ "$(st "$child")" = "$c" ] && kill -KILL "$child" 2>/dev/null
			exit 0
			""";

	private Watchdog() {
	}

	/** Starts a watchdog that stops the child when the owner is gone; returns the watchdog process. */
	public static RecordedProcess guard(long ownerPid, Process child, Path log) throws IOException {
		List<String> loop = List.of("sh", "-c", SCRIPT, "kube9-watchdog", Long.toString(ownerPid),
				Long.toString(child.pid()));
		Process watchdog;
		try {
			watchdog = ChildProcess.start(concat("setsid", loop), log);
		} catch (IOException noSetsid) {
			// Without setsid the watchdog still survives a SIGKILL of the JVM, just not a process-group kill.
			watchdog = ChildProcess.start(loop, log);
		}
		return RecordedProcess.of(watchdog, null);
	}

	private static List<String> concat(String first, List<String> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}
}
