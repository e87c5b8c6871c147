package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.forward.PortForward;
import io.kube9.core.forward.PortForwardRequest;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.forward.ForwardJobs;
import io.kube9.ui.internal.forward.ForwardLabelProvider;
import io.kube9.ui.internal.forward.ForwardNode;
import io.kube9.ui.internal.forward.ForwardsNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;

/**
 * Port Forward… from the tree: the dialog proposes the local port, the cluster shows a "Port Forwards" item with
 * the forward, Stop removes it and frees the port; a Service's forward shows the pod it moved to.
 */
@WithTestCluster
class PortForwardViewTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final String PORT_FORWARD = "io.kube9.ui.portForward";
	private static final String STOP = "io.kube9.ui.stopForward";

	private ExplorerFixture explorer;

	@BeforeEach
	void open(TestCluster cluster) throws Exception {
		explorer = ExplorerFixture.open(cluster.kubeconfigs().all());
		explorer.clusters(Contexts.ALL.size());
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
	}

	@AfterEach
	void close() {
		for (PortForward forward : Kube9Core.get().forwards().forwards(Contexts.ADMIN)) {
			Kube9Core.get().forwards().stop(forward.id());
		}
		explorer.close();
	}

	@Test
	void aForwardShowsUnderItsClusterUntilStopped() throws Exception {
		String namespace = KubeletContent.STREAMING.where().namespace();
		ResourceNode pod = explorer.expand(pods(ADMIN)).stream().filter(ResourceNode.class::isInstance)
				.map(ResourceNode.class::cast)
				.filter(node -> node.namespace().equals(namespace) && node.name().startsWith("web-")).findFirst()
				.orElseThrow(() -> new AssertionError("no web pod shown"));
		assertTrue(explorer.shown(ADMIN).stream().noneMatch(ForwardsNode.class::isInstance), "no forwards yet");

		int[] local = new int[1];
		Dialogs.Answer asked = Dialogs.whenOpen(Dialogs.titled("Port Forward"), window -> {
			Combo remote = Widgets.controls(window.getShell(), Combo.class).get(0);
			remote.setText("8080");
			Text localPort = Widgets.controls(window.getShell(), Text.class).stream()
					.filter(text -> text.getText().matches("\\d+")).findFirst()
					.orElseThrow(() -> new AssertionError("no local port proposed"));
			local[0] = Integer.parseInt(localPort.getText());
			Dialogs.press(window, "OK");
		});
		Commands.run(explorer.explorer(), PORT_FORWARD, pod);
		UiWait.until("the dialog", asked::answered);
		UiWait.jobs(ForwardJobs.FAMILY);

		ForwardsNode forwards = new ForwardsNode(ADMIN);
		UiWait.until("the Port Forwards item", () -> explorer.shown(ADMIN).contains(forwards));
		assertEquals("Port Forwards (1)", explorer.item(forwards).getText());
		explorer.viewer().expandToLevel(forwards, 1);
		UiWait.until("the forward's item", () -> !explorer.shown(forwards).isEmpty());
		ForwardNode item = (ForwardNode) explorer.shown(forwards).get(0);
		assertEquals("http://127.0.0.1:" + local[0] + " \u2192 " + namespace + "/" + pod.name() + ":8080",
				explorer.item(item).getText());
		assertEquals(ForwardLabelProvider.text(item.forward()), explorer.item(item).getText());
		assertTrue(accepts(local[0]), "the local port listens");

		Commands.run(explorer.explorer(), STOP, item);
		UiWait.until("the Port Forwards item gone", () -> !explorer.shown(ADMIN).contains(forwards));
		UiWait.until("the local port refusing", () -> !accepts(local[0]));
	}

	@Test
	void aForwardTheUserMayNotOpenSaysPermissionDeniedOnItsItem() throws Exception {
		ClusterNode restricted = new ClusterNode(Contexts.RESTRICTED);
		KubeletContent.Container worker = KubeletContent.CRASHING.where();
		explorer.expand(restricted);
		explorer.expand(category(restricted, Category.WORKLOADS));
		String pod = explorer.expand(pods(restricted)).stream().filter(ResourceNode.class::isInstance)
				.map(ResourceNode.class::cast)
				.filter(node -> node.namespace().equals(worker.namespace()) && node.name().startsWith("worker-"))
				.map(ResourceNode::name).findFirst().orElseThrow(() -> new AssertionError("no worker pod shown"));
		int local = Kube9Core.get().forwards().proposeLocalPort(8080);
		ForwardJobs.start(Kube9Core.get(), new PortForwardRequest(
				new ResourceRef(Contexts.RESTRICTED, ResourceKinds.PODS, worker.namespace(), pod), 8080, local))
				.schedule();
		UiWait.jobs(ForwardJobs.FAMILY);

		ForwardsNode forwards = new ForwardsNode(restricted);
		UiWait.until("the Port Forwards item", () -> explorer.shown(restricted).contains(forwards));
		explorer.viewer().expandToLevel(forwards, 1);
		UiWait.until("the forward's item", () -> !explorer.shown(forwards).isEmpty());
		ForwardNode item = (ForwardNode) explorer.shown(forwards).get(0);
		assertEquals(ErrorKind.PERMISSION, item.forward().problem().kind());
		String text = explorer.item(item).getText();
		assertTrue(text.endsWith(" \u2014 Permission denied (403)"), text);
		assertTrue(text.startsWith("http://127.0.0.1:" + local + " \u2192 " + worker.namespace() + "/" + pod), text);

		Commands.run(explorer.explorer(), STOP, item);
		UiWait.until("the Port Forwards item gone", () -> !explorer.shown(restricted).contains(forwards));
		for (PortForward forward : Kube9Core.get().forwards().forwards(Contexts.RESTRICTED)) {
			Kube9Core.get().forwards().stop(forward.id());
		}
	}

	@Test
	void aServiceForwardsItemShowsThePodItMovedTo(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("forward-item")) {
			CoreV1Api core = new CoreV1Api(cluster.adminClient());
			Map<String, String> labels = Map.of("app", "shop");
			new AppsV1Api(cluster.adminClient()).createNamespacedDeployment(namespace.name(), new V1Deployment()
					.metadata(new V1ObjectMeta().name("shop"))
					.spec(new V1DeploymentSpec().replicas(1).selector(new V1LabelSelector().matchLabels(labels))
							.template(new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(labels))
									.spec(new V1PodSpec().terminationGracePeriodSeconds(1L).addContainersItem(
											new V1Container().name("shop").image("nginx:1.27.3")
													.addPortsItem(new V1ContainerPort().containerPort(8080)))))))
					.execute();
			core.createNamespacedService(namespace.name(), new V1Service().metadata(new V1ObjectMeta().name("shop"))
					.spec(new V1ServiceSpec().selector(labels).addPortsItem(new V1ServicePort().port(8080)))).execute();
			UiWait.until("a ready pod of shop", Duration.ofSeconds(60), () -> readyPods(core, namespace.name()).size() == 1);
			String first = readyPods(core, namespace.name()).get(0);
			int local = Kube9Core.get().forwards().proposeLocalPort(8080);
			ForwardJobs.start(Kube9Core.get(), new PortForwardRequest(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.SERVICES, namespace.name(), "shop"), 8080, local))
					.schedule();
			UiWait.jobs(ForwardJobs.FAMILY);
			ForwardsNode forwards = new ForwardsNode(ADMIN);
			UiWait.until("the Port Forwards item", () -> explorer.shown(ADMIN).contains(forwards));
			explorer.viewer().expandToLevel(forwards, 1);
			UiWait.until("the forward's item", () -> !explorer.shown(forwards).isEmpty());
			String prefix = "http://127.0.0.1:" + local + " \u2192 " + namespace.name() + "/";
			assertEquals(prefix + first + ":8080 (Service shop)", explorer.item(explorer.shown(forwards).get(0)).getText());

			core.deleteNamespacedPod(first, namespace.name()).execute();
			UiWait.until("the item showing another pod", Duration.ofSeconds(60), () -> {
				String text = explorer.item(explorer.shown(forwards).get(0)).getText();
				return text.startsWith(prefix) && !text.contains(first) && text.endsWith(":8080 (Service shop)");
			});
			String moved = explorer.item(explorer.shown(forwards).get(0)).getText();
			assertTrue(readyPods(core, namespace.name()).stream()
					.anyMatch(pod -> moved.equals(prefix + pod + ":8080 (Service shop)")), moved);
			assertTrue(accepts(local), "the same local port listens");
		}
	}

	/** Ready and not terminating, as the Service's endpoints would count them. */
	private static List<String> readyPods(CoreV1Api core, String namespace) {
		try {
			return core.listNamespacedPod(namespace).execute().getItems().stream()
					.filter(pod -> pod.getMetadata().getDeletionTimestamp() == null && pod.getStatus() != null
							&& pod.getStatus().getConditions() != null && pod.getStatus().getConditions().stream()
									.anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus())))
					.map(pod -> pod.getMetadata().getName()).toList();
		} catch (ApiException e) {
			return List.of();
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return true;
		} catch (IOException e) {
			return false;
		}
	}
}
