package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.internal.CertificateAuthority;
import io.kube9.tests.cluster.internal.Pem;

/** The generated certificates carry what kube-apiserver and TLS clients look at. */
class CertificateAuthorityTest {

	@TempDir
	Path directory;

	@Test
	void servingCertificateNamesLoopbackAndIsSignedByTheCa() throws Exception {
		CertificateAuthority ca = CertificateAuthority.create("test-ca");

		X509Certificate serving = ca.issueServer("kube-apiserver", List.of("localhost"), List.of("127.0.0.1"))
				.certificate();

		serving.verify(ca.certificate().getPublicKey());
		Set<String> names = new TreeSet<>();
		serving.getSubjectAlternativeNames().forEach(name -> names.add(String.valueOf(name.get(1))));
		assertEquals(Set.of("127.0.0.1", "localhost"), names);
		assertTrue(serving.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "serverAuth");
		assertEquals(-1, serving.getBasicConstraints(), "not a CA");
		assertTrue(ca.certificate().getBasicConstraints() >= 0, "the CA is a CA");
	}

	@Test
	void clientCertificateCarriesUserAndGroups() throws Exception {
		CertificateAuthority ca = CertificateAuthority.create("test-ca");

		CertificateAuthority.Issued admin = ca.issueClient("admin", List.of("system:masters"));

		admin.certificate().verify(ca.certificate().getPublicKey());
		String subject = admin.certificate().getSubjectX500Principal().getName();
		assertTrue(subject.contains("CN=admin") && subject.contains("O=system:masters"), subject);
		assertTrue(admin.certificate().getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"), "clientAuth");
	}

	@Test
	void pemFilesReadBackAsTheSameCertificateAndKey() throws Exception {
		CertificateAuthority.Issued issued = CertificateAuthority.create("test-ca").issueClient("u", List.of());
		Path certificate = Files.write(directory.resolve("u.crt"), Pem.certificate(issued.certificate()));
		Path key = Files.write(directory.resolve("u.key"), Pem.key(issued.privateKey()));

		assertEquals(issued.certificate(), Pem.readCertificate(certificate));
		assertEquals(issued.privateKey(), Pem.readEcPrivateKey(key));
		assertTrue(Files.readString(key).startsWith("-----BEGIN PRIVATE KEY-----"));
	}
}
