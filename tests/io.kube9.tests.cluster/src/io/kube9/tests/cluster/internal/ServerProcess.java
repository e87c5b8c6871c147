package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starting one server process of a cluster: its binary from the binary directory, output to its log, on the
 * watchdog's list right away, and then waited for until it answers as ready (or stopped, with the end of its
 * log in the failure, when it exits first or is not ready in time).
 */
final class ServerProcess {

	/** A started server: its port (0 when it has none of its own) and its process. */
	record Started(int port, RecordedProcess process) {
	}

	private final Component component;
	private final Process process;
	private final RecordedProcess recorded;
	private final Path log;

	private ServerProcess(Component component, Process process, RecordedProcess recorded, Path log) {
		this.component = component;
		this.process = process;
		this.recorded = recorded;
		this.log = log;
	}

	/**
	 * Starts the component's binary with these arguments.
	 *
	 * @param environment its whole environment, or null to inherit the JVM's
	 */
	static ServerProcess spawn(Component component, Path binDir, ClusterFiles files, List<String> arguments,
			Map<String, String> environment) throws IOException {
		Path binary = binDir.resolve(component.binary());
		List<String> command = new ArrayList<>();
		command.add(binary.toString());
		command.addAll(arguments);
		Path log = files.log(component.id());
		Process process = ChildProcess.start(command, log, environment);
		Watchdog.register(files, process);
		return new ServerProcess(component, process, RecordedProcess.of(process, binary.toString()), log);
	}

	/** Waits until ready; on failure the process is stopped and a {@link StartFailure} says why. */
	Started awaitReady(int port, Duration timeout, ChildProcess.Readiness readiness) throws InterruptedException {
		ChildProcess.awaitReady(component.binary(), process, recorded, log, timeout, readiness);
		return new Started(port, recorded);
	}

	RecordedProcess recorded() {
		return recorded;
	}
}
