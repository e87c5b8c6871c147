package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;

/** Generates the certificates and keys one cluster needs and writes them as PEM files. */
public final class ClusterPki {

	/** The group kube-apiserver treats as cluster admin, whatever RBAC says. */
	public static final String MASTERS_GROUP = "system:masters";

	private ClusterPki() {
	}

	public static void generate(ClusterFiles files) throws IOException, GeneralSecurityException {
		Files.createDirectories(files.pki());
		CertificateAuthority ca = CertificateAuthority.create("kube9-test-ca");
		CertificateAuthority.Issued serving = ca.issueServer("kube-apiserver", List.of("localhost"),
				List.of("127.0.0.1"));
		CertificateAuthority.Issued admin = ca.issueClient("admin", List.of(MASTERS_GROUP));
		KeyPair serviceAccount = CertificateAuthority.newKeyPair();

		Files.write(files.caCertificate(), Pem.certificate(ca.certificate()));
		Files.write(files.servingCertificate(), Pem.certificate(serving.certificate()));
		ClusterFiles.writePrivate(files.servingKey(), Pem.key(serving.privateKey()));
		Files.write(files.adminCertificate(), Pem.certificate(admin.certificate()));
		ClusterFiles.writePrivate(files.adminKey(), Pem.key(admin.privateKey()));
		ClusterFiles.writePrivate(files.serviceAccountKey(), Pem.key(serviceAccount.getPrivate()));
		Files.write(files.serviceAccountPublicKey(), Pem.key(serviceAccount.getPublic()));
	}
}
