package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stops a cluster's processes when their owner process is gone, however the owner ended (SIGKILL included,
 * where no shutdown hook runs). One per cluster: a tiny shell loop in its own session (setsid), so signals sent
 * to the test JVM's process group do not take it down too. It is started before any server and each server is
 * registered in the cluster's watchdog list right after it starts. Processes are identified by pid and start
 * time (from /proc), so a recycled pid is neither watched nor killed by mistake. Nobody needs a graceful
 * shutdown once the owner is gone (and kube-apiserver's may stall when etcd went first): SIGTERM to all, two
 * seconds, SIGKILL. The loop ends on its own when the cluster's list is removed (the cluster was stopped).
 */
public final class Watchdog {

	/**
	 * st PID prints the process's start time, or nothing when it is gone or a zombie (a zombie whose parent
	 * died waits for init to reap it, which some containers do late; it no longer runs, so it counts as gone).
	 */
	static final String SCRIPT = """
			st() { s=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null) || return 0; set -- $s; [ "$1" = Z ] || echo "${20}"; }
			owner=$1; list=$2
			o=$(st "$owner")
			while [ -n "$o" ] && [ "$(st "$owner")" = "$o" ]; do
			  [ -f "$list" ] || exit 0
			  sleep 1
			done
			[ -f "$list" ] || exit 0
			echo "kube9 watchdog: owner $owner is gone, stopping the processes in $list"
			signal() { while read -r pid start; do [ "$(st "$pid")" = "$start" ] && kill -"$1" "$pid" 2>/dev/null; done < "$list"; }
			running() { while read -r pid start; do [ "$(st "$pid")" = "$start" ] && return 0; done < "$list"; return 1; }
			signal TERM
			i=0
			while [ $i -lt 8 ] && running; do sleep 0.25; i=$((i+1)); done
			signal KILL
			exit 0
			""";

	private Watchdog() {
	}

	/** Starts the watchdog of the cluster whose files these are, guarding what gets registered. */
	public static RecordedProcess start(long ownerPid, ClusterFiles files) throws IOException {
		Files.createDirectories(files.directory());
		Files.write(files.watchdogList(), new byte[0]);
		List<String> loop = List.of("sh", "-c", SCRIPT, "kube9-watchdog", Long.toString(ownerPid),
				files.watchdogList().toString());
		Path log = files.log(Component.WATCHDOG.id());
		Process watchdog;
		try {
			watchdog = ChildProcess.start(concat("setsid", loop), log);
		} catch (IOException noSetsid) {
			// Without setsid the watchdog still survives a SIGKILL of the JVM, just not a process-group kill.
			watchdog = ChildProcess.start(loop, log);
		}
		return RecordedProcess.of(watchdog, null);
	}

	/** Puts a started process on the list the watchdog stops when the owner is gone. */
	public static synchronized void register(ClusterFiles files, Process process) throws IOException {
		String ticks = startTicks(process.pid());
		if (ticks == null) {
			return; // already gone: nothing to guard
		}
		Files.writeString(files.watchdogList(), process.pid() + " " + ticks + "\n", StandardCharsets.US_ASCII,
				StandardOpenOption.APPEND);
	}

	/** Field 22 of /proc/PID/stat (start time in clock ticks after boot), what the script compares. */
	static String startTicks(long pid) throws IOException {
		String stat;
		try {
			stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
		} catch (java.nio.file.NoSuchFileException e) {
			return null;
		}
		String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).trim().split(" ");
		return fields[19];
	}

	private static List<String> concat(String first, List<String> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}
}
