package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.NamespaceMode;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * A listing loaded again (Refresh, live updates off) keeps its rows, and each row says what the server says now:
 * the viewer relabels the rows whose object changed, not only the new ones.
 */
@WithTestCluster
class RefreshLabelsTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);

	@Test
	void aRefreshedRowSaysWhatItsObjectSaysNow(TestCluster cluster) throws Exception {
		Path kubeconfig = cluster.kubeconfigs().all();
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("relabel");
				ExplorerFixture explorer = ExplorerFixture.open(List.of(kubeconfig), Kube9Core.get().settings()
						.withNamespaceMode(NamespaceMode.IDE_ONLY).withLiveUpdates(false, 30))) {
			Kube9Core core = explorer.core();
			String before = core.kubeconfig().activeNamespace(Contexts.ADMIN);
			core.setActiveNamespace(Contexts.ADMIN, namespace.name());
			try {
				Kubectl.onTheSide(kubeconfig, Kubectl.deployment(namespace.name(), "web", 1), "apply", "-f", "-");
				explorer.clusters(Contexts.ALL.size());
				explorer.expand(ADMIN);
				explorer.expand(category(ADMIN, Category.WORKLOADS));
				KindNode deployments = kind(ADMIN, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS);
				String first = ClusterNodes.named(explorer.expand(deployments), "web").item().status();

				Kubectl.onTheSide(kubeconfig, null, "scale", "deployment", "-n", namespace.name(), "web",
						"--replicas=3");
				UiWait.until("the refreshed row's object says something else", () -> {
					if (explorer.isLoading(deployments)) {
						return false;
					}
					if (!ClusterNodes.named(explorer.shown(deployments), "web").item().status().equals(first)) {
						return true;
					}
					refresh(explorer, deployments);
					return false;
				});

				ResourceNode now = ClusterNodes.named(explorer.shown(deployments), "web");
				String text = explorer.item(now).getText();
				assertTrue(text.contains(now.item().status()), text + " does not say " + now.item().status());
				assertEquals(1, explorer.shown(deployments).stream().filter(ResourceNode.class::isInstance).count());
			} finally {
				core.setActiveNamespace(Contexts.ADMIN, before);
			}
		}
	}

	private static void refresh(ExplorerFixture explorer, KindNode node) {
		try {
			Commands.run(explorer.explorer(), ExplorerCommands.REFRESH, node);
		} catch (CommandException e) {
			throw new IllegalStateException(e);
		}
	}
}
