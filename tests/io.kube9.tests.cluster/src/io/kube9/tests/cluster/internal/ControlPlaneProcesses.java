package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * kube-controller-manager and kube-scheduler, much as kubeadm runs them: their own client certificate and
 * kubeconfig, their own serving certificate on a loopback port, no leader election (one of each), health
 * endpoints open. Ready when /healthz answers.
 */
final class ControlPlaneProcesses {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
	private static final String ALLOW_HEALTH = "--authorization-always-allow-paths=/healthz,/readyz,/livez,/metrics";

	private ControlPlaneProcesses() {
	}

	static ServerProcess spawnControllerManager(Path binDir, ClusterFiles files, int port) throws IOException {
		List<String> arguments = common(files, Component.CONTROLLER_MANAGER, port);
		arguments.addAll(List.of("--root-ca-file=" + files.caCertificate(),
				"--service-account-private-key-file=" + files.serviceAccountKey(),
				// kwokctl's values: a node whose lease stops being renewed turns NotReady within a minute.
				"--node-monitor-period=5s", "--node-monitor-grace-period=40s"));
		return ServerProcess.spawn(Component.CONTROLLER_MANAGER, binDir, files, arguments, null);
	}

	static ServerProcess spawnScheduler(Path binDir, ClusterFiles files, int port) throws IOException {
		return ServerProcess.spawn(Component.SCHEDULER, binDir, files, common(files, Component.SCHEDULER, port),
				null);
	}

	static ServerProcess.Started awaitReady(ServerProcess process, ClusterFiles files, int port)
			throws IOException, InterruptedException {
		AdminHttp http = AdminHttp.of(files);
		return process.awaitReady(port, READY_TIMEOUT, () -> http.status(port, "/healthz") == 200);
	}

	private static List<String> common(ClusterFiles files, Component component, int port) {
		String kubeconfig = files.kubeconfig(component.id()).toString();
		return new ArrayList<>(List.of("--kubeconfig=" + kubeconfig, "--authentication-kubeconfig=" + kubeconfig,
				"--authorization-kubeconfig=" + kubeconfig, "--leader-elect=false",
				"--bind-address=127.0.0.1", "--secure-port=" + port,
				"--tls-cert-file=" + files.certificate(component.id() + "-serving"),
				"--tls-private-key-file=" + files.key(component.id() + "-serving"),
				ALLOW_HEALTH, "--profiling=false"));
	}
}
