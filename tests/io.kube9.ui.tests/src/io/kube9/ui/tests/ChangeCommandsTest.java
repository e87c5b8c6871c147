package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.changes.ApplyCompareDialog;
import io.kube9.ui.internal.changes.ChangeAction;
import io.kube9.ui.internal.changes.ChangeJobs;
import io.kube9.ui.internal.changes.ChangeMenu;
import io.kube9.ui.internal.changes.DeleteConfirmation;
import io.kube9.ui.internal.changes.EditYamlInput;
import io.kube9.ui.internal.changes.YamlEditEditor;
import io.kube9.ui.internal.model.NamespaceScopes;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kubernetes.client.openapi.apis.AppsV1Api;

/** Edit YAML, Delete and the RBAC-aware enablement, in the workbench on the real cluster. */
@WithTestCluster
class ChangeCommandsTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final ClusterNode VIEWER = new ClusterNode(Contexts.VIEWER);

	private TestCluster cluster;
	private TemporaryNamespace namespace;
	private ExplorerFixture explorer;
	private IWorkbenchPage page;
	private AppsV1Api apps;

	@BeforeEach
	void open(TestCluster testCluster) throws Exception {
		cluster = testCluster;
		namespace = cluster.temporaryNamespace("edit");
		apps = new AppsV1Api(cluster.adminClient());
		explorer = ExplorerFixture.open(cluster.kubeconfigs().all());
		explorer.clusters(Contexts.ALL.size());
		page = explorer.explorer().getSite().getPage();
	}

	@AfterEach
	void close() throws Exception {
		UiWait.jobs(ChangeJobs.CHANGE);
		page.closeAllEditors(false);
		explorer.close();
		namespace.close();
	}

	@Test
	void editYamlComparesTheDryRunAppliesOnConfirmationAndTheEditorFollows() throws Exception {
		ResourceNode web = deploymentNode("web", 1);
		Commands.run(explorer.explorer(), ChangeAction.EDIT.command(), web);
		YamlEditEditor editor = editorOf(web);
		String opened = editor.text();
		assertFalse(opened.contains("managedFields") || opened.contains("status:"), opened);
		long version = generation();

		set(editor, opened.replace("replicas: 1", "replicas: 3"));
		List<ApplyPreview> shown = new ArrayList<>();
		Dialogs.Answer apply = Dialogs.whenOpen(Dialogs.titled(ApplyCompareDialog.title(web.ref())), window -> {
			shown.add(((ApplyCompareDialog) window).preview());
			// What the comparison shows was a dry run: the server still has the old object.
			assertEquals(version, generation());
			Buttons.press(window, "Apply");
		});
		editor.doSave(new NullProgressMonitor());
		UiWait.until("the comparison", apply::answered);
		UiWait.jobs(ChangeJobs.CHANGE);

		assertTrue(shown.get(0).liveYaml().contains("replicas: 1") && shown.get(0).resultYaml().contains("replicas: 3"));
		assertEquals(3, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());
		UiWait.until("the editor holds the applied object", () -> !editor.isDirty()
				&& editor.text().contains("replicas: 3"));
	}

	@Test
	void aKubectlChangeAfterOpeningIsShownAndCancelLeavesTheServerAlone() throws Exception {
		ResourceNode web = deploymentNode("web", 1);
		Commands.run(explorer.explorer(), ChangeAction.EDIT.command(), web);
		YamlEditEditor editor = editorOf(web);
		kubectl("annotate", "deployment", "web", "-n", namespace.name(), "team=payments");
		long version = generation();

		set(editor, editor.text().replace("replicas: 1", "replicas: 2"));
		List<ApplyPreview> shown = new ArrayList<>();
		Dialogs.Answer cancel = Dialogs.whenOpen(Dialogs.titled(ApplyCompareDialog.title(web.ref())), window -> {
			shown.add(((ApplyCompareDialog) window).preview());
			Buttons.press(window, "Cancel");
		});
		editor.doSave(new NullProgressMonitor());
		UiWait.until("the comparison", cancel::answered);
		UiWait.jobs(ChangeJobs.CHANGE);

		assertTrue(shown.get(0).changedOnServer(), "the concurrent change was not noticed");
		assertTrue(shown.get(0).liveYaml().contains("team: payments"), shown.get(0).liveYaml());
		assertEquals(version, generation(), "Cancel applied something");
		assertEquals(1, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());
		assertTrue(editor.isDirty(), "the user's text is kept");
	}

	@Test
	void theViewerSeesDeleteDisabledWithTheReasonTheAdminDeletes() throws Exception {
		explorer.expand(VIEWER);
		explorer.expand(category(VIEWER, Category.WORKLOADS));
		ResourceNode viewed = (ResourceNode) explorer.expand(kind(VIEWER, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS))
				.stream().filter(ResourceNode.class::isInstance).findFirst().orElseThrow();
		Commands.select(explorer.explorer(), viewed);
		UiWait.until("Delete disabled for the viewer", () -> {
			UiWait.jobs(ChangeJobs.PERMISSIONS);
			return !Commands.enabled(ChangeAction.DELETE.command());
		});
		String label = ChangeMenu.label(ChangeAction.DELETE, List.of(viewed));
		assertTrue(label.contains("not permitted") && label.contains("viewer may not delete deployments"), label);

		ResourceNode web = deploymentNode("doomed", 1);
		Commands.select(explorer.explorer(), web);
		UiWait.jobs(ChangeJobs.PERMISSIONS);
		UiWait.until("Delete enabled for the admin", () -> Commands.enabled(ChangeAction.DELETE.command()));
		Dialogs.Answer confirm = Dialogs.whenOpen(Dialogs.titled(DeleteConfirmation.TITLE),
				window -> Buttons.press(window, "Delete"));
		Commands.run(explorer.explorer(), ChangeAction.DELETE.command(), web);
		assertTrue(confirm.answered());
		UiWait.jobs(ChangeJobs.CHANGE);
		assertEquals(0, apps.listNamespacedDeployment(namespace.name()).fieldSelector("metadata.name=doomed").execute()
				.getItems().size());
		KindNode deployments = kind(ADMIN, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS);
		UiWait.until("doomed gone from the tree", () -> !explorer.isLoading(deployments)
				&& explorer.shown(deployments).stream().noneMatch(node -> node instanceof ResourceNode r
						&& r.name().equals("doomed") && namespace.name().equals(r.namespace())));
	}

	/**
	 * The active shell a command saw can be gone when it acts on the answer (a dialog that just closed, where no
	 * window manager gave the activation back): Delete still deletes, and nothing fails.
	 */
	@Test
	void deleteDeletesWhenTheActiveShellItSawIsGone() throws Exception {
		ResourceNode web = deploymentNode("orphaned", 1);
		Commands.select(explorer.explorer(), web);
		UiWait.jobs(ChangeJobs.PERMISSIONS);
		UiWait.until("Delete enabled for the admin", () -> Commands.enabled(ChangeAction.DELETE.command()));
		Shell gone = new Shell(Display.getCurrent());
		gone.dispose();
		Dialogs.Answer confirm = Dialogs.whenOpen(Dialogs.titled(DeleteConfirmation.TITLE),
				window -> Buttons.press(window, "Delete"));
		Commands.runSeeingActiveShell(explorer.explorer(), ChangeAction.DELETE.command(), gone, web);
		assertTrue(confirm.answered());
		UiWait.jobs(ChangeJobs.CHANGE);
		assertEquals(0, apps.listNamespacedDeployment(namespace.name()).fieldSelector("metadata.name=orphaned")
				.execute().getItems().size());
	}

	@Test
	void theIdesDeleteAsksFirstThenDeletes() throws Exception {
		ResourceNode web = deploymentNode("keyed", 1);
		Commands.select(explorer.explorer(), web);
		UiWait.jobs(ChangeJobs.PERMISSIONS);
		UiWait.until("Edit > Delete enabled for the admin",
				() -> Commands.enabled(IWorkbenchCommandConstants.EDIT_DELETE));
		Dialogs.Answer cancel = Dialogs.whenOpen(Dialogs.titled(DeleteConfirmation.TITLE),
				window -> Buttons.press(window, "Cancel"));
		Commands.run(explorer.explorer(), IWorkbenchCommandConstants.EDIT_DELETE, web);
		assertTrue(cancel.answered(), "the Delete key asks first");
		UiWait.jobs(ChangeJobs.CHANGE);
		assertEquals(1, keyed().size(), "Cancel deleted nothing");

		Dialogs.Answer confirm = Dialogs.whenOpen(Dialogs.titled(DeleteConfirmation.TITLE),
				window -> Buttons.press(window, "Delete"));
		Commands.run(explorer.explorer(), IWorkbenchCommandConstants.EDIT_DELETE, web);
		assertTrue(confirm.answered());
		UiWait.jobs(ChangeJobs.CHANGE);
		assertEquals(0, keyed().size());
	}

	private List<?> keyed() throws Exception {
		return apps.listNamespacedDeployment(namespace.name()).fieldSelector("metadata.name=keyed").execute()
				.getItems();
	}

	@Test
	void scaleAsksForTheCountAndRestartRollsThePods() throws Exception {
		ResourceNode web = deploymentNode("web", 1);
		Dialogs.Answer scale = Dialogs.whenOpen(Dialogs.titled(io.kube9.ui.internal.changes.ScaleHandler.TITLE),
				window -> {
					Buttons.type(window, "2");
					Buttons.press(window, "OK");
				});
		Commands.run(explorer.explorer(), ChangeAction.SCALE.command(), web);
		UiWait.until("the scale question", scale::answered);
		UiWait.jobs(ChangeJobs.CHANGE);
		assertEquals(2, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());

		Dialogs.Answer restart = Dialogs.whenOpen(Dialogs.titled(io.kube9.ui.internal.changes.RestartHandler.TITLE),
				window -> Buttons.press(window, "Restart"));
		Commands.run(explorer.explorer(), ChangeAction.RESTART.command(), web);
		assertTrue(restart.answered());
		// The job follows the rollout to its end.
		UiWait.until("the rollout followed to its end", java.time.Duration.ofSeconds(90),
				() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(ChangeJobs.CHANGE).length == 0);
		var restarted = apps.readNamespacedDeployment("web", namespace.name()).execute();
		assertTrue(restarted.getSpec().getTemplate().getMetadata().getAnnotations()
				.containsKey(io.kube9.core.changes.ChangeService.RESTARTED_AT));
		assertEquals(2, restarted.getStatus().getUpdatedReplicas());
		assertEquals(2, restarted.getStatus().getAvailableReplicas());
	}

	/** A Deployment made by kube9's own apply, shown under the admin's Deployments (all namespaces). */
	private ResourceNode deploymentNode(String name, int replicas) throws Exception {
		String text = """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: %2$s
				  namespace: %1$s
				spec:
				  replicas: %3$d
				  selector:
				    matchLabels:
				      app: %2$s
				  template:
				    metadata:
				      labels:
				        app: %2$s
				    spec:
				      nodeSelector:
				        kube9-seed: demo
				      containers:
				      - name: main
				        image: example.invalid/web:1
				""".formatted(namespace.name(), name, replicas);
		for (DocumentPreview document : Kube9Core.get().changes().previewDocuments(Contexts.ADMIN, text, null)) {
			Kube9Core.get().changes().apply(document.preview(), false, false);
		}
		// Its controller writes what it writes on first sight (the revision annotation) before the test reads it.
		assertTrue(Kube9Core.get().changes().awaitRollout(new io.kube9.core.resources.ResourceRef(Contexts.ADMIN,
				ResourceKinds.DEPLOYMENTS, namespace.name(), name), UiWait.DEFAULT, () -> false, progress -> {
				}).complete());
		NamespaceScopes.get().setAllNamespaces(Contexts.ADMIN, true);
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		KindNode deployments = kind(ADMIN, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS);
		explorer.expand(deployments);
		explorer.model().refresh(deployments);
		UiWait.until(name + " in the tree", () -> !explorer.isLoading(deployments) && explorer.shown(deployments)
				.stream().anyMatch(node -> node instanceof ResourceNode r && r.name().equals(name)
						&& namespace.name().equals(r.namespace())));
		return explorer.shown(deployments).stream().filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
				.filter(r -> r.name().equals(name) && namespace.name().equals(r.namespace())).findFirst().orElseThrow();
	}

	/** The Deployment's generation: what a change of its spec bumps (controllers write status all the time). */
	private long generation() {
		try {
			return apps.readNamespacedDeployment("web", namespace.name()).execute().getMetadata().getGeneration();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private YamlEditEditor editorOf(ResourceNode node) {
		UiWait.jobs(ChangeJobs.CHANGE);
		UiWait.until("the editor of " + node.name(), () -> page.getActiveEditor() != null
				&& page.getActiveEditor().getEditorInput() instanceof EditYamlInput input
				&& input.ref().equals(node.ref()));
		return assertInstanceOf(YamlEditEditor.class, page.getActiveEditor());
	}

	private static void set(YamlEditEditor editor, String text) {
		ITextEditor textEditor = editor;
		textEditor.getDocumentProvider().getDocument(editor.getEditorInput()).set(text);
		assertTrue(editor.isDirty());
	}

	private void kubectl(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", cluster.kubeconfigs().all().toString(),
				"--context", Contexts.ADMIN));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), output);
	}
}
