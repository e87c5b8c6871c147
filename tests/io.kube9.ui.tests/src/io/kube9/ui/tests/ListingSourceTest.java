package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourcePage;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.model.ListingSource;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.view.ListingTexts;

/** A listing says when kubectl served it, and why when it stood in for the API client. */
@WithTestCluster
class ListingSourceTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);

	@Test
	void aListingByTheKubectlBackendSaysSoInItsTooltip(TestCluster cluster) throws Exception {
		try (ExplorerFixture explorer = ExplorerFixture.open(List.of(cluster.kubeconfigs().all()),
				Kube9Core.get().settings().withBackend(Backend.KUBECTL))) {
			KindNode pods = expandPods(explorer);
			assertEquals("Listed by kubectl, the backend chosen in the preferences.", explorer.toolTip(pods));
			assertFalse(explorer.item(pods).getText().contains("via kubectl"), "no decoration for the chosen backend");
		}
	}

	@Test
	void aListingByTheApiClientSaysNothingAboutItsSource(TestCluster cluster) throws Exception {
		try (ExplorerFixture explorer = ExplorerFixture.open(cluster.kubeconfigs().all())) {
			KindNode pods = expandPods(explorer);
			assertNull(explorer.toolTip(pods));
			assertEquals(Optional.of(new ListingSource(ResourcePage.API_CLIENT, null)), explorer.model().source(pods));
		}
	}

	@Test
	void aFallbackListingIsDecoratedAndItsTooltipNamesTheApiClientsFailure() {
		KubeException failure = new KubeException(ErrorKind.TLS, "prod", "The server's certificate is not trusted",
				"check the CA", "PKIX path building failed", null);
		ListingSource fallback = new ListingSource(ResourcePage.KUBECTL, failure);
		assertEquals(Optional.of("via kubectl"), ListingTexts.decoration(fallback));
		String toolTip = ListingTexts.toolTip(fallback);
		assertTrue(toolTip.startsWith("Listed by kubectl, because the Kubernetes API client failed"), toolTip);
		assertTrue(toolTip.contains("The server's certificate is not trusted (PKIX path building failed)"), toolTip);
		assertEquals(Optional.empty(), ListingTexts.decoration(new ListingSource(ResourcePage.KUBECTL, null)));
		assertNull(ListingTexts.toolTip(new ListingSource(ResourcePage.API_CLIENT, null)));
	}

	private static KindNode expandPods(ExplorerFixture explorer) {
		explorer.clusters(Contexts.ALL.size());
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		KindNode pods = pods(ADMIN);
		explorer.expand(pods);
		return pods;
	}
}
