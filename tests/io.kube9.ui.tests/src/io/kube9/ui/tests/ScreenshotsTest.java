package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static io.kube9.ui.tests.ClusterNodes.named;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.changes.ApplyCompareDialog;
import io.kube9.ui.internal.changes.ChangeAction;
import io.kube9.ui.internal.changes.ChangeJobs;
import io.kube9.ui.internal.changes.EditYamlInput;
import io.kube9.ui.internal.changes.YamlEditEditor;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kubernetes.client.openapi.apis.AppsV1Api;

/**
 * The README's screenshots, from the real workbench on the demo cluster: the Kubernetes perspective with a
 * pod selected, the preference page, the crash-looping worker's restarts counting up by themselves, a pod made
 * with kubectl appearing by itself, and Edit YAML's dry-run comparison before it is confirmed. Run by hand (releng/scripts/screenshots.sh sets
 * {@code kube9.screenshots=true} and {@code kube9.screenshots.dir}); skipped otherwise.
 */
@WithTestCluster
@EnabledIfSystemProperty(named = "kube9.screenshots", matches = "true")
class ScreenshotsTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	/** Two crash-loop cycles (1.5 s running, 5 s back-off each; kwok-stages.yaml) with room to spare. */
	private static final Duration RESTART = Duration.ofSeconds(60);
	private static final Pattern RESTARTS = Pattern.compile("(\\d+) restarts");
	/** The demo's crash-looping Deployment's namespace and name (DemoContent). */
	private static final String CRASHING_NAMESPACE = "team-a";
	private static final String CRASHING = "worker-";
	private static final String CREATED = "cache-warmup";

	@TempDir
	Path directory;

	private Screenshots screenshots;
	private ExplorerFixture explorer;
	private Shell window;

	@BeforeEach
	void openTheDemo(TestCluster cluster) throws Exception {
		screenshots = Screenshots.open(cluster, directory);
		explorer = screenshots.explorer();
		window = screenshots.window();
	}

	@AfterEach
	void close() {
		screenshots.close();
	}

	@Test
	void explorerWithAPodSelected() throws Exception {
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		List<Object> shown = explorer.expand(pods(ADMIN));
		assertFalse(shown.isEmpty());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PageBookView properties = (PageBookView) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(explorer.explorer());
		explorer.viewer().setSelection(new StructuredSelection(shown.get(0)), true);
		UiWait.until("the Properties view filled", () -> properties.getCurrentPage().getControl() instanceof Tree tree
				&& tree.getItemCount() > 0);
		screenshots.capture("explorer.png");
	}

	@Test
	void preferencePage() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window, "io.kube9.preferences.page",
				null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			// Wide enough for the page's widest row, laid out again at that size before the capture.
			dialog.getShell().setBounds(0, 0, 1000, 760);
			dialog.getShell().layout(true, true);
			UiWait.dispatch();
			screenshots.capture(dialog.getShell(), "preferences.png");
		} finally {
			dialog.close();
		}
	}

	@Test
	void theCrashLoopingPodsRestartsCountUpByThemselves() throws Exception {
		explorer.core().setActiveNamespace(Contexts.ADMIN, CRASHING_NAMESPACE);
		wide();
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		KindNode pods = pods(ADMIN);
		ResourceNode worker = explorer.expand(pods).stream().filter(ResourceNode.class::isInstance)
				.map(ResourceNode.class::cast).filter(node -> node.name().startsWith(CRASHING)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + CRASHING + " pod in " + CRASHING_NAMESPACE));
		explorer.viewer().setSelection(new StructuredSelection(worker), true);
		int loads = explorer.model().loadCount(pods);
		UiWait.until("the worker's row counts restarts", () -> restarts(explorer.item(worker).getText()) > 0);
		int first = restarts(explorer.item(worker).getText());
		screenshots.capture("live-restarts-1.png");

		UiWait.until("the worker's restart count moved", RESTART,
				() -> restarts(explorer.item(worker).getText()) > first);
		screenshots.capture("live-restarts-2.png");
		assertEquals(loads, explorer.model().loadCount(pods), "moved by the watch, not a reload");
		System.out.println("restarts " + first + " then " + restarts(explorer.item(worker).getText()));
	}

	@Test
	void aPodMadeWithKubectlAppearsByItself(TestCluster cluster) throws Exception {
		Path kubeconfig = cluster.kubeconfigs().all();
		wide();
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		KindNode pods = pods(ADMIN);
		assertFalse(explorer.expand(pods).isEmpty());
		UiWait.until("the listing watched", () -> explorer.model().liveListings() >= 1);
		int loads = explorer.model().loadCount(pods);
		String namespace = explorer.core().kubeconfig().activeNamespace(Contexts.ADMIN);
		try {
			Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace, CREATED), "apply", "-f", "-");
			UiWait.until("the new pod's row says Running", () -> !explorer.isLoading(pods)
					&& explorer.shown(pods).stream().anyMatch(node -> node instanceof ResourceNode r
							&& r.name().equals(CREATED) && explorer.item(r).getText().contains("Running")));
			explorer.viewer().setSelection(new StructuredSelection(named(explorer.shown(pods), CREATED)), true);
			screenshots.capture("live-created.png");
			assertEquals(loads, explorer.model().loadCount(pods), "shown by the watch, not a reload");
		} finally {
			// The demo seed is shared with the other tests, which count its pods.
			Kubectl.onTheSide(kubeconfig, null, "delete", "pod", "-n", namespace, CREATED, "--grace-period=0",
					"--force", "--ignore-not-found");
		}
	}

	@Test
	void editYamlShowsTheDryRunBeforeApplying(TestCluster cluster) throws Exception {
		IWorkbenchPage page = explorer.explorer().getSite().getPage();
		// kube9's own Deployment: one the seed made is owned by another field manager, and Apply would conflict.
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("shop")) {
			ResourceRef ref = new ResourceRef(Contexts.ADMIN, ResourceKinds.DEPLOYMENTS, namespace.name(), "web");
			for (DocumentPreview document : Kube9Core.get().changes().previewDocuments(Contexts.ADMIN,
					deployment(namespace.name(), 2), null)) {
				Kube9Core.get().changes().apply(document.preview(), false, false);
			}
			assertTrue(Kube9Core.get().changes().awaitRollout(ref, UiWait.DEFAULT, () -> false, progress -> {
			}).complete());
			explorer.core().setActiveNamespace(Contexts.ADMIN, namespace.name());
			explorer.expand(ADMIN);
			explorer.expand(category(ADMIN, Category.WORKLOADS));
			ResourceNode web = named(explorer.expand(kind(ADMIN, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS)),
					"web");
			Commands.run(explorer.explorer(), ChangeAction.EDIT.command(), web);
			UiWait.jobs(ChangeJobs.CHANGE);
			UiWait.until("the editor of web", () -> page.getActiveEditor() != null
					&& page.getActiveEditor().getEditorInput() instanceof EditYamlInput input
					&& input.ref().equals(ref));
			YamlEditEditor editor = assertInstanceOf(YamlEditEditor.class, page.getActiveEditor());
			String opened = editor.text();
			assertTrue(opened.contains("replicas: 2"), opened);
			ITextEditor text = editor;
			text.getDocumentProvider().getDocument(editor.getEditorInput()).set(opened.replace("replicas: 2",
					"replicas: 4"));
			Dialogs.Answer cancel = Dialogs.whenOpen(Dialogs.titled(ApplyCompareDialog.title(ref)), dialog -> {
				ApplyPreview preview = ((ApplyCompareDialog) dialog).preview();
				assertTrue(preview.resultYaml().contains("replicas: 4") && preview.conflicts().isEmpty());
				// Within the window (no window manager places it), the editor behind, the comparison in front.
				dialog.getShell().setBounds(120, 70, 1040, 660);
				dialog.getShell().layout(true, true);
				try {
					screenshots.capture(dialog.getShell(), window.getBounds(), "apply-compare.png");
				} catch (Exception e) {
					throw new AssertionError(e);
				}
				Buttons.press(dialog, "Cancel");
			});
			try {
				editor.doSave(new NullProgressMonitor());
				UiWait.until("the comparison", cancel::answered);
				UiWait.jobs(ChangeJobs.CHANGE);
				assertEquals(2, new AppsV1Api(cluster.adminClient()).readNamespacedDeployment("web", namespace.name())
						.execute().getSpec().getReplicas(), "Cancel applied something");
			} finally {
				page.closeAllEditors(false);
			}
		}
	}

	private static String deployment(String namespace, int replicas) {
		return """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: web
				  namespace: %s
				spec:
				  replicas: %d
				  selector:
				    matchLabels:
				      app: web
				  template:
				    metadata:
				      labels:
				        app: web
				    spec:
				      nodeSelector:
				        kube9-seed: demo
				      containers:
				      - name: web
				        image: nginx:1.27.3
				""".formatted(namespace, replicas);
	}

	/** The explorer maximized: at its usual width a pod row's status ("…, 3 restarts") is cut off. */
	private void wide() {
		IWorkbenchPage page = explorer.explorer().getSite().getPage();
		page.setPartState(page.getReference(explorer.explorer()), IWorkbenchPage.STATE_MAXIMIZED);
	}

	private static int restarts(String row) {
		Matcher matcher = RESTARTS.matcher(row);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}
}
