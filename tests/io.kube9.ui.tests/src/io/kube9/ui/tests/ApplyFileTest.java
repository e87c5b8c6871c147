package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.changes.ApplyDocumentsDialog;
import io.kube9.ui.internal.changes.ApplyReportDialog;
import io.kube9.ui.internal.changes.ApplyTargetDialog;
import io.kube9.ui.internal.changes.ChangeJobs;
import io.kube9.ui.internal.changes.DocumentOutcome;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * Apply to Cluster… of a workspace file with three documents: one changed (a field another manager owns, taken
 * over by force), one new (in the chosen default namespace), one of a kind the cluster does not serve.
 */
@WithTestCluster
class ApplyFileTest {

	private TestCluster cluster;
	private TemporaryNamespace namespace;
	private ExplorerFixture explorer;
	private IProject project;
	private CoreV1Api core;

	@BeforeEach
	void open(TestCluster testCluster) throws Exception {
		cluster = testCluster;
		namespace = cluster.temporaryNamespace("file");
		core = new CoreV1Api(cluster.adminClient());
		explorer = ExplorerFixture.open(cluster.kubeconfigs().all());
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("apply-" + namespace.name());
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void close() throws Exception {
		UiWait.jobs(ChangeJobs.CHANGE);
		project.delete(true, true, null);
		explorer.close();
		namespace.close();
	}

	@Test
	void eachDocumentIsComparedThenAppliedAndReportedOnItsOwn() throws Exception {
		core.createNamespacedConfigMap(namespace.name(), new V1ConfigMap()
				.metadata(new V1ObjectMeta().name("settings")).data(java.util.Map.of("key", "one"))).execute();
		String settingsVersion = version("settings");
		String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: " + namespace.name()
				+ "\ndata:\n  key: two\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fresh\ndata:\n  key: new\n"
				+ "---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";
		IFile file = project.getFile("objects.yaml");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);

		List<String> plans = new CopyOnWriteArrayList<>();
		List<DocumentOutcome> outcomes = new CopyOnWriteArrayList<>();
		Dialogs.Answer target = Dialogs.whenOpen(Dialogs.titled(ApplyTargetDialog.TITLE), window -> {
			((ApplyTargetDialog) window).choose(Contexts.ADMIN, namespace.name());
			Buttons.press(window, "OK");
		});
		Dialogs.Answer documents = Dialogs.whenOpen(
				Dialogs.titled(ApplyDocumentsDialog.title(file.getName(), Contexts.ADMIN)), window -> {
					plans.addAll(((ApplyDocumentsDialog) window).plans());
					// Compared, not changed: the dry runs left the server as it was.
					assertEquals(settingsVersion, version("settings"));
					assertFalse(exists("fresh"));
					// settings was made by another client (another field manager): its key is taken over by force.
					((ApplyDocumentsDialog) window).force(true);
					Buttons.press(window, "Apply");
				});
		Dialogs.Answer report = Dialogs.whenOpen(
				Dialogs.titled(ApplyReportDialog.title(file.getName(), Contexts.ADMIN)), window -> {
					outcomes.addAll(((ApplyReportDialog) window).outcomes());
					Buttons.press(window, "OK");
				});

		applyToCluster(file);
		UiWait.until("the report", () -> report.answered() || outcomes.size() > 0);
		assertTrue(target.answered() && documents.answered() && report.answered());

		assertEquals(3, plans.size(), plans.toString());
		assertTrue(plans.get(0).contains("conflict") && plans.get(0).contains(".data.key"), plans.toString());
		assertTrue(plans.get(1).endsWith("creates it"), plans.toString());
		assertTrue(plans.get(2).contains("cannot be applied") && plans.get(2).contains("Widget"), plans.toString());
		assertEquals(List.of("applied", "created"), outcomes.subList(0, 2).stream().map(DocumentOutcome::text).toList());
		assertTrue(outcomes.get(2).failed() && outcomes.get(2).text().contains("Widget"), outcomes.toString());
		assertEquals("two", core.readNamespacedConfigMap("settings", namespace.name()).execute().getData().get("key"));
		assertEquals("new", core.readNamespacedConfigMap("fresh", namespace.name()).execute().getData().get("key"));
		assertEquals(Contexts.ADMIN, file.getPersistentProperty(new QualifiedName("io.kube9.ui", "applyContext")),
				"the choice is remembered for the file");
	}

	private void applyToCluster(IFile file) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		StructuredSelection selection = new StructuredSelection(file);
		EvaluationContext context = new EvaluationContext(handlers.getCurrentState(), selection);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
		handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand("io.kube9.ui.applyToCluster"), null),
				null, context);
	}

	private String version(String name) {
		try {
			return core.readNamespacedConfigMap(name, namespace.name()).execute().getMetadata().getResourceVersion();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private boolean exists(String name) {
		try {
			return !core.listNamespacedConfigMap(namespace.name()).fieldSelector("metadata.name=" + name).execute()
					.getItems().isEmpty();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
