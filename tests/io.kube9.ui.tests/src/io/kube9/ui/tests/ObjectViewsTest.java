package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.yaml.YamlEditorInput;

/** Opening objects: their YAML in a read-only editor, their details in the Properties view. */
@WithTestCluster
class ObjectViewsTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);

	private ExplorerFixture explorer;
	private IWorkbenchPage page;

	@BeforeEach
	void open(TestCluster cluster) throws Exception {
		explorer = ExplorerFixture.open(cluster.kubeconfigs().all());
		explorer.clusters(Contexts.ALL.size());
		page = explorer.explorer().getSite().getPage();
		explorer.expand(ADMIN);
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
		explorer.close();
	}

	@Test
	void openYamlShowsThePodReadOnly() throws Exception {
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		ResourceNode pod = (ResourceNode) explorer.expand(pods(ADMIN)).get(0);
		Commands.run(explorer.explorer(), ExplorerCommands.OPEN_YAML, pod);
		ITextEditor editor = editorOf(pod);
		assertFalse(editor.isEditable());
		String yaml = text(editor);
		assertTrue(yaml.contains("kind: Pod") && yaml.contains("name: " + pod.name()), yaml);
		assertFalse(yaml.contains("managedFields"), yaml);
	}

	@Test
	void secretValuesAreMaskedAndShownDecodedOnlyAfterConfirmation() throws Exception {
		explorer.expand(category(ADMIN, Category.CONFIGURATION));
		List<Object> secrets = explorer.expand(kind(ADMIN, Category.CONFIGURATION, ResourceKinds.SECRETS));
		ResourceNode secret = ClusterNodes.named(secrets, "web-tls");
		String encodedKey = Base64.getEncoder().encodeToString("not-a-real-key".getBytes());

		Commands.run(explorer.explorer(), ExplorerCommands.OPEN_YAML, secret);
		ITextEditor masked = editorOf(secret);
		assertTrue(text(masked).contains("*****") && !text(masked).contains(encodedKey), text(masked));
		assertEquals("web-tls.yaml", masked.getTitle());
		page.closeAllEditors(false);

		// Cancelled: nothing is fetched, nothing opens.
		List<Job> scheduled = new CopyOnWriteArrayList<>();
		IJobChangeListener commands = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				if (event.getJob().belongsTo(JobFamilies.COMMAND)) {
					scheduled.add(event.getJob());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(commands);
		try {
			Dialogs.Answer cancel = Dialogs.whenOpen(Dialogs.titled("Open YAML with Secret Values"),
					window -> Dialogs.press(window, "Cancel"));
			Commands.run(explorer.explorer(), ExplorerCommands.OPEN_YAML_WITH_SECRETS, secret);
			assertTrue(cancel.answered(), "the command asked first");
			UiWait.dispatch();
			assertEquals(List.of(), scheduled, "fetched after Cancel");
			assertEquals(0, page.getEditorReferences().length, "opened after Cancel");
		} finally {
			Job.getJobManager().removeJobChangeListener(commands);
		}

		// Confirmed: the values, decoded, in an editor whose title says so.
		Dialogs.Answer confirm = Dialogs.whenOpen(Dialogs.titled("Open YAML with Secret Values"),
				window -> Dialogs.press(window, "Show Values"));
		Commands.run(explorer.explorer(), ExplorerCommands.OPEN_YAML_WITH_SECRETS, secret);
		assertTrue(confirm.answered(), "the command asked first");
		ITextEditor revealed = editorOf(secret);
		assertEquals("web-tls.yaml (decoded secret values)", revealed.getTitle());
		String yaml = text(revealed);
		assertTrue(yaml.startsWith("# Secret values decoded from base64"), yaml);
		assertTrue(yaml.contains("not-a-real-key") && !yaml.contains("*****"), yaml);
	}

	@Test
	void propertiesShowTheListingAtOnceAndTheWholeObjectWhenFetched() {
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		ResourceNode pod = (ResourceNode) explorer.expand(pods(ADMIN)).get(0);
		IPropertySource properties;
		// Held back, the fetch cannot overtake what is shown first: the listed data.
		Job.getJobManager().suspend();
		try {
			properties = Adapters.adapt(pod, IPropertySource.class);
			assertEquals(pod.item().uid(), properties.getPropertyValue("metadata.uid"));
			assertEquals(pod.item().status(), properties.getPropertyValue("status.summary"));
			assertEquals(null, properties.getPropertyValue("status.phase"));
		} finally {
			Job.getJobManager().resume();
		}

		UiWait.jobs(JobFamilies.COMMAND);
		assertEquals("Running", properties.getPropertyValue("status.phase"));
		assertEquals(pod.name(), properties.getPropertyValue("metadata.name"));
		Map<String, String> labels = pod.item().labels();
		labels.forEach((key, value) -> assertEquals(value, properties.getPropertyValue("labels." + key)));
		IPropertySource conditions = assertInstanceOf(IPropertySource.class,
				properties.getPropertyValue("status.conditions"));
		assertTrue(conditions.getPropertyDescriptors().length > 0);
	}

	private ITextEditor editorOf(ResourceNode node) {
		UiWait.jobs(JobFamilies.COMMAND);
		UiWait.until("the YAML of " + node.name(), () -> page.getActiveEditor() != null
				&& page.getActiveEditor().getEditorInput() instanceof YamlEditorInput input
				&& input.ref().equals(node.ref()));
		IEditorPart editor = page.getActiveEditor();
		return assertInstanceOf(ITextEditor.class, editor);
	}

	private static String text(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
	}
}
