package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.time.Duration;

/**
 * Stops a running cluster's API server and starts it again on the same port with the same files: every client
 * (controllers, kwok, the IDE) meets a server that went away and came back, as after an upgrade or an outage.
 * etcd and everything else keep running, so nothing stored is lost.
 */
public final class ApiServerRestart {

	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	private ApiServerRestart() {
	}

	/** @return whether it is gone */
	public static boolean stop(ClusterState state) {
		return state.apiServerProcess().map(process -> process.stop(STOP_GRACE)).orElse(true);
	}

	public static void start(ClusterState state) throws IOException, InterruptedException {
		ServerProcess.Started started = ApiServerProcess.start(Binaries.directory(), state.files(),
				state.port(Component.ETCD), state.apiServerPort());
		state.process(Component.API_SERVER, started.process(), started.port());
		state.save();
	}
}
