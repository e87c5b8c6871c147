package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1UserInfo;

/** Each user's credentials reach the server and RBAC answers as designed: 200, 403 or 401. */
@WithTestCluster
class AuthorizationTest {

	@Test
	void adminIsClusterAdminByClientCertificate(TestCluster cluster) throws Exception {
		V1UserInfo user = Whoami.of(cluster.adminClient());

		assertEquals(Contexts.ADMIN_USER, user.getUsername());
		assertTrue(user.getGroups().contains("system:masters"), user.getGroups()::toString);
	}

	@Test
	void viewerReadsPodsInAllNamespaces(TestCluster cluster) throws Exception {
		CoreV1Api viewer = new CoreV1Api(cluster.client(Contexts.VIEWER));

		assertEquals(DemoSeed.count("Pod"), viewer.listPodForAllNamespaces().execute().getItems().size());
	}

	@Test
	void viewerMayNotReadSecrets(TestCluster cluster) throws Exception {
		CoreV1Api viewer = new CoreV1Api(cluster.client(Contexts.VIEWER));

		ApiException denied = assertThrows(ApiException.class, () -> viewer.listSecretForAllNamespaces().execute());
		assertEquals(403, denied.getCode());
		ApiException deniedInNamespace = assertThrows(ApiException.class,
				() -> viewer.listNamespacedSecret("default").execute());
		assertEquals(403, deniedInNamespace.getCode());
	}

	@Test
	void unknownTokenIsUnauthorized(TestCluster cluster) throws Exception {
		CoreV1Api stranger = new CoreV1Api(cluster.client(Contexts.BAD_TOKEN));

		ApiException rejected = assertThrows(ApiException.class, () -> stranger.listNamespacedPod("default").execute());
		assertEquals(401, rejected.getCode());
	}

	@Test
	void restrictedReadsItsNamespaceOnly(TestCluster cluster) throws Exception {
		CoreV1Api restricted = new CoreV1Api(cluster.client(Contexts.RESTRICTED));

		assertEquals(DemoSeed.countsByNamespace("Pod").get(Contexts.RESTRICTED_NAMESPACE).intValue(),
				restricted.listNamespacedPod(Contexts.RESTRICTED_NAMESPACE).execute().getItems().size());
		ApiException otherNamespace = assertThrows(ApiException.class,
				() -> restricted.listNamespacedPod("team-b").execute());
		assertEquals(403, otherNamespace.getCode());
		ApiException allNamespaces = assertThrows(ApiException.class,
				() -> restricted.listPodForAllNamespaces().execute());
		assertEquals(403, allNamespaces.getCode());
	}
}
