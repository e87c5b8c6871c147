package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * kwok: the kubelet of every node. It marks nodes Ready and renews their leases, plays the pods' lifecycles
 * from its stages, and serves the kubelet API (logs, exec, attach, port-forward) on a loopback port with a
 * serving certificate of the cluster CA, the port and address it writes into every Node. Its environment is
 * its own (exec runs commands with it): nothing of the JVM's, and KWOK_WORKDIR inside the cluster's folder so
 * it never reads ~/.kwok.
 */
final class KwokProcess {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
	/** As a kubelet's: renewed every 10 s; the node controller's grace period is 40 s as well. */
	private static final int NODE_LEASE_SECONDS = 40;

	private KwokProcess() {
	}

	static ServerProcess spawn(Path binDir, ClusterFiles files, int port) throws IOException {
		Path workDirectory = files.kwokWorkDirectory();
		Path shims = writeShellShims(workDirectory.resolve("bin"));
		Map<String, String> environment = Map.of("PATH",
				shims + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "HOME", workDirectory.toString(),
				"KWOK_WORKDIR", workDirectory.toString(), "LANG", "C.UTF-8");
		return ServerProcess.spawn(Component.KWOK, binDir, files, List.of(
				"--kubeconfig=" + files.kubeconfig(Component.KWOK.id()),
				"--config=" + files.kwokConfiguration(),
				"--manage-all-nodes=true",
				"--node-ip=127.0.0.1", "--node-name=localhost", "--node-port=" + port,
				"--server-address=127.0.0.1:" + port,
				"--tls-cert-file=" + files.certificate(ClusterPki.KUBELET_SERVING),
				"--tls-private-key-file=" + files.key(ClusterPki.KUBELET_SERVING),
				"--node-lease-duration-seconds=" + NODE_LEASE_SECONDS,
				// Pod IPs for nodes without a podCIDR; the default 10.0.0.0/24 is the service range here.
				"--cidr=10.244.0.0/16",
				"--v=WARN"), environment);
	}

	/**
	 * kwok v0.8 copies a terminal's output to the client in the background and closes the terminal as soon as
	 * the command exits, so what a short command wrote just before (`kubectl exec -it pod -- sh -c 'echo 42'`)
	 * was lost in about half the runs. These stand-ins for sh and bash, first on kwok's PATH, run the real one
	 * and, on a terminal only, give kwok a tenth of a second to drain it before they exit.
	 */
	private static Path writeShellShims(Path directory) throws IOException {
		Files.createDirectories(directory);
		for (String shell : List.of("sh", "bash")) {
			Path real = Path.of("/bin", shell);
			if (!Files.isExecutable(real)) {
				continue;
			}
			Path shim = directory.resolve(shell);
			Files.writeString(shim, """
					#!/bin/sh
					# kube9 test cluster: %1$s for kwok's exec, see KwokProcess.writeShellShims
					%2$s "$@"
					status=$?
					[ -t 1 ] && sleep 0.1
					exit $status
					""".formatted(shell, real));
			Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return directory;
	}

	static ServerProcess.Started awaitReady(ServerProcess kwok, ClusterFiles files, int port)
			throws IOException, InterruptedException {
		AdminHttp http = AdminHttp.of(files);
		return kwok.awaitReady(port, READY_TIMEOUT, () -> http.status(port, "/healthz") == 200);
	}
}
