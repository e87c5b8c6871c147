package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.describe.DescribeEditorInput;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;

/** Describe from the tree: a read-only editor with the description and events; describing again refreshes it. */
@WithTestCluster
class DescribeViewTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final String DESCRIBE = "io.kube9.ui.describe";

	private ExplorerFixture explorer;
	private IWorkbenchPage page;

	@BeforeEach
	void open(TestCluster cluster) throws Exception {
		explorer = ExplorerFixture.open(cluster.kubeconfigs().all());
		explorer.clusters(Contexts.ALL.size());
		page = explorer.explorer().getSite().getPage();
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
		explorer.close();
	}

	@Test
	void describeShowsThePodReadOnlyAndDescribingAgainReplacesIt() throws Exception {
		ResourceNode pod = (ResourceNode) explorer.expand(pods(ADMIN)).get(0);
		Commands.run(explorer.explorer(), DESCRIBE, pod);
		ITextEditor editor = describedEditor(pod);
		assertFalse(editor.isEditable());
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertTrue(text.startsWith("Name:") && text.contains(pod.name()) && text.contains("Events (newest first):"),
				text);

		page.activate(explorer.explorer());
		Commands.run(explorer.explorer(), DESCRIBE, pod);
		UiWait.until("the description again", () -> describedEditors(pod).size() == 1
				&& describedEditors(pod).get(0).getEditor(false) != editor);
		assertEquals(1, describedEditors(pod).size(), "one description per object");
	}

	private ITextEditor describedEditor(ResourceNode node) {
		UiWait.until("the description of " + node.name(), () -> !describedEditors(node).isEmpty());
		IEditorPart part = describedEditors(node).get(0).getEditor(true);
		return (ITextEditor) part;
	}

	private List<IEditorReference> describedEditors(ResourceNode node) {
		return Arrays.stream(page.getEditorReferences()).filter(reference -> {
			try {
				return reference.getEditorInput() instanceof DescribeEditorInput input && input.ref().equals(node.ref());
			} catch (org.eclipse.ui.PartInitException e) {
				return false;
			}
		}).toList();
	}
}
