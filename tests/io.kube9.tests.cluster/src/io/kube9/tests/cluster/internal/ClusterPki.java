package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;

/**
 * Generates the certificates and keys one cluster needs and writes them as PEM files: one CA; the API server's
 * serving certificate; a client certificate per user of the API server (the admin, the controller-manager, the
 * scheduler, kwok, and the API server itself towards the kubelets); serving certificates for the
 * controller-manager, the scheduler and kwok's kubelet endpoint; the service-account signing key.
 */
public final class ClusterPki {

	/** The group kube-apiserver treats as cluster admin, whatever RBAC says. */
	public static final String MASTERS_GROUP = "system:masters";
	/** The API server's client certificate towards the kubelets (kwok). */
	public static final String KUBELET_CLIENT = "apiserver-kubelet-client";
	/** kwok's kubelet serving certificate: the API server checks it against the CA when it dials a node. */
	public static final String KUBELET_SERVING = "kwok-serving";

	private static final List<String> LOOPBACK_NAMES = List.of("localhost");
	private static final List<String> LOOPBACK_ADDRESSES = List.of("127.0.0.1");

	private ClusterPki() {
	}

	public static void generate(ClusterFiles files) throws IOException, GeneralSecurityException {
		Files.createDirectories(files.pki());
		CertificateAuthority ca = CertificateAuthority.create("kube9-test-ca");
		Files.write(files.caCertificate(), Pem.certificate(ca.certificate()));
		write(files, ca.issueServer("kube-apiserver", LOOPBACK_NAMES, LOOPBACK_ADDRESSES), "serving");
		write(files, ca.issueClient("admin", List.of(MASTERS_GROUP)), "admin");
		KeyPair serviceAccount = CertificateAuthority.newKeyPair();
		ClusterFiles.writePrivate(files.serviceAccountKey(), Pem.key(serviceAccount.getPrivate()));
		Files.write(files.serviceAccountPublicKey(), Pem.key(serviceAccount.getPublic()));

		// The built-in RBAC bindings know these user names. The controller-manager is a cluster admin too (as
		// kwokctl runs it): with a service account per controller (kubeadm's way) its start took 4 s longer.
		write(files, ca.issueClient("system:kube-controller-manager", List.of(MASTERS_GROUP)),
				Component.CONTROLLER_MANAGER.id());
		write(files, ca.issueClient("system:kube-scheduler", List.of()), Component.SCHEDULER.id());
		// kwok patches any node and pod and plays stages on any kind: as kwokctl does, it is a cluster admin.
		write(files, ca.issueClient("kwok-controller", List.of(MASTERS_GROUP)), Component.KWOK.id());
		// kwok checks no client certificate, but the API server sends one as it would to a real kubelet.
		write(files, ca.issueClient("kube-apiserver-kubelet-client", List.of(MASTERS_GROUP)), KUBELET_CLIENT);
		for (Component server : List.of(Component.CONTROLLER_MANAGER, Component.SCHEDULER)) {
			write(files, ca.issueServer(server.binary(), LOOPBACK_NAMES, LOOPBACK_ADDRESSES), server.id() + "-serving");
		}
		write(files, ca.issueServer("kwok", LOOPBACK_NAMES, LOOPBACK_ADDRESSES), KUBELET_SERVING);
	}

	private static void write(ClusterFiles files, CertificateAuthority.Issued issued, String name)
			throws IOException {
		Files.write(files.certificate(name), Pem.certificate(issued.certificate()));
		ClusterFiles.writePrivate(files.key(name), Pem.key(issued.privateKey()));
	}
}
