package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * kube-apiserver on a loopback port with real TLS, client-certificate and static-token authentication and
 * RBAC, its storage in etcd. It reaches the kubelets (kwok) for logs, exec, attach and port-forward at the
 * InternalIP and port kwok writes into each Node, checking their serving certificate against the cluster CA.
 * The flags are the ones verified in tests/cluster/README.md.
 */
final class ApiServerProcess {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	private ApiServerProcess() {
	}

	static ServerProcess.Started start(Path binDir, ClusterFiles files, int etcdPort)
			throws IOException, InterruptedException, StartFailure {
		return start(binDir, files, etcdPort, FreePorts.next());
	}

	/** On a given port: the same server again after a stop, where its clients look for it. */
	static ServerProcess.Started start(Path binDir, ClusterFiles files, int etcdPort, int port)
			throws IOException, InterruptedException, StartFailure {
		ServerProcess apiServer = ServerProcess.spawn(Component.API_SERVER, binDir, files, List.of(
				"--etcd-servers=http://127.0.0.1:" + etcdPort,
				"--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", "--secure-port=" + port,
				"--tls-cert-file=" + files.servingCertificate(), "--tls-private-key-file=" + files.servingKey(),
				"--client-ca-file=" + files.caCertificate(), "--token-auth-file=" + files.tokens(),
				"--authorization-mode=RBAC",
				"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
				"--service-account-key-file=" + files.serviceAccountPublicKey(),
				"--service-account-signing-key-file=" + files.serviceAccountKey(),
				"--service-cluster-ip-range=10.0.0.0/24",
				// kwok writes 127.0.0.1 as each node's InternalIP; a Hostname address would be a node name.
				"--kubelet-preferred-address-types=InternalIP",
				"--kubelet-certificate-authority=" + files.caCertificate(),
				"--kubelet-client-certificate=" + files.certificate(ClusterPki.KUBELET_CLIENT),
				"--kubelet-client-key=" + files.key(ClusterPki.KUBELET_CLIENT),
				// Nothing serves the kubernetes service's endpoints on loopback; keep the service without any.
				"--endpoint-reconciler-type=none",
				"--allow-privileged=true", "--profiling=false"), null);
		AdminHttp http = AdminHttp.of(files);
		return apiServer.awaitReady(port, READY_TIMEOUT, () -> http.ready(port));
	}
}
