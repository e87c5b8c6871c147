package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * kube-apiserver on a loopback port with real TLS, client-certificate and static-token authentication and
 * RBAC. No controller-manager or scheduler runs; the flags are the ones verified in tests/cluster/README.md.
 */
public final class ApiServerProcess {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	/** The running API server, plus the watchdog guarding it. */
	public record Started(int port, RecordedProcess process, RecordedProcess watchdog) {
	}

	private ApiServerProcess() {
	}

	public static Started start(Path binDir, ClusterFiles files, int etcdPort, long ownerPid)
			throws IOException, InterruptedException, StartFailure {
		int port = FreePorts.next();
		Path binary = binDir.resolve("kube-apiserver");
		Path log = files.log("apiserver");
		Process process = ChildProcess.start(List.of(binary.toString(),
				"--etcd-servers=http://127.0.0.1:" + etcdPort,
				"--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", "--secure-port=" + port,
				"--tls-cert-file=" + files.servingCertificate(), "--tls-private-key-file=" + files.servingKey(),
				"--client-ca-file=" + files.caCertificate(), "--token-auth-file=" + files.tokens(),
				"--authorization-mode=RBAC",
				"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
				"--service-account-key-file=" + files.serviceAccountPublicKey(),
				"--service-account-signing-key-file=" + files.serviceAccountKey(),
				"--service-cluster-ip-range=10.0.0.0/24",
				// No controller-manager creates the default service account that admission plugin wants.
				"--disable-admission-plugins=ServiceAccount",
				// Nothing maintains endpoints for the kubernetes service here.
				"--endpoint-reconciler-type=none",
				"--allow-privileged=true", "--profiling=false"), log);
		RecordedProcess recorded = RecordedProcess.of(process, binary.toString());
		RecordedProcess watchdog = Watchdog.guard(ownerPid, process, files.log("watchdog"));
		AdminHttp http = AdminHttp.of(files);
		ChildProcess.awaitReady("kube-apiserver", process, recorded, log, READY_TIMEOUT, () -> http.ready(port));
		return new Started(port, recorded, watchdog);
	}
}
