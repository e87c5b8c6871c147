package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.errors.ErrorKind;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;

/** What a context's kubeconfig entry says about its security shows on the cluster, before it is contacted. */
class ClusterWarningsTest {

	private static final ClusterNode VERIFIED = new ClusterNode("verified");
	private static final ClusterNode INSECURE = new ClusterNode("insecure");
	private static final ClusterNode BOTH = new ClusterNode("insecure-with-ca");

	@TempDir
	Path directory;

	private ExplorerFixture explorer;

	@BeforeEach
	void open() throws Exception {
		String server = "https://127.0.0.1:" + TestKubeconfigs.closedPort();
		// Never parsed before a client is built: any PEM-looking text will do.
		String ca = Base64.getEncoder().encodeToString(
				"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".getBytes());
		Path kubeconfig = Files.writeString(directory.resolve("config"), """
				apiVersion: v1
				kind: Config
				current-context: verified
				clusters:
				- name: verified
				  cluster: {server: '%1$s', certificate-authority-data: %2$s}
				- name: insecure
				  cluster: {server: '%1$s', insecure-skip-tls-verify: true}
				- name: insecure-with-ca
				  cluster: {server: '%1$s', insecure-skip-tls-verify: true, certificate-authority-data: %2$s}
				users:
				- name: tester
				  user: {token: not-a-real-token}
				contexts:
				- name: verified
				  context: {cluster: verified, user: tester}
				- name: insecure
				  context: {cluster: insecure, user: tester}
				- name: insecure-with-ca
				  context: {cluster: insecure-with-ca, user: tester}
				""".formatted(server, ca));
		explorer = ExplorerFixture.open(kubeconfig);
		explorer.clusters(3);
	}

	@AfterEach
	void close() {
		explorer.close();
	}

	@Test
	void aContextWithoutTlsVerificationCarriesAWarningOverlayAndATooltipLine() {
		assertNotSame(explorer.item(VERIFIED).getImage(), explorer.item(INSECURE).getImage(),
				"the insecure cluster's icon has an overlay the verified one has not");
		assertTrue(explorer.toolTip(INSECURE).contains("TLS verification is off"), explorer.toolTip(INSECURE));
		assertFalse(explorer.toolTip(VERIFIED).contains("TLS verification is off"), explorer.toolTip(VERIFIED));
	}

	@Test
	void aCertificateAuthorityWithTlsVerificationOffIsTheContextsProblem() {
		String toolTip = explorer.toolTip(BOTH);
		assertTrue(toolTip.contains("Unusable") && toolTip.contains("insecure"), toolTip);
		List<Object> children = explorer.expand(BOTH);
		ErrorNode error = assertInstanceOf(ErrorNode.class, children.get(0));
		assertEquals(ErrorKind.KUBECONFIG, error.failure().kind());
		assertTrue(error.failure().getMessage().contains("insecure"), error.failure().getMessage());
		assertEquals(1, children.size(), children.toString());
	}
}
