package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.tm.internal.terminal.control.ITerminalViewControl;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.handlers.OpenShellHandler;
import io.kube9.ui.internal.shell.ShellJobs;
import io.kube9.ui.internal.shell.ShellView;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;

/** Open Shell from the Explorer's context menu: a terminal view with the pod's shell, over the API server. */
@WithTestCluster
class OpenShellTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final Pattern LINE_ENDS = Pattern.compile("\r?\n"); //$NON-NLS-1$

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
		for (IViewReference view : page.getViewReferences()) {
			if (ShellView.ID.equals(view.getId())) {
				page.hideView(view);
			}
		}
		UiWait.jobs(ShellJobs.FAMILY);
		explorer.close();
	}

	@Test
	void theShellAnswersInTheTerminalAndShowsItsExitCode() throws Exception {
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		List<Object> listed = explorer.expand(pods(ADMIN));
		// A running pod of the web Deployment (the pending and the crash-looping pods are in team-a).
		ResourceNode pod = listed.stream().filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
				.filter(node -> node.name().startsWith("web-")).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError("no web pod in " + listed)); //$NON-NLS-1$
		Commands.select(explorer.explorer(), ADMIN);
		assertFalse(Commands.enabled(OpenShellHandler.COMMAND_ID), "Open Shell enabled on a cluster"); //$NON-NLS-1$
		Commands.select(explorer.explorer(), pod);
		assertTrue(Commands.enabled(OpenShellHandler.COMMAND_ID), "Open Shell disabled on a pod"); //$NON-NLS-1$

		Commands.run(explorer.explorer(), OpenShellHandler.COMMAND_ID, pod);
		ShellView view = shellView();
		assertEquals(pod.name(), view.getPartName());
		ITerminalViewControl terminal = view.terminal();

		// Typed before the shell is open: kept and sent once it is.
		terminal.pasteString("echo $((6*7))\n"); //$NON-NLS-1$
		UiWait.until("42 in the terminal", TIMEOUT, () -> lines(terminal).contains("42")); //$NON-NLS-1$
		terminal.pasteString("exit 3\n"); //$NON-NLS-1$
		UiWait.until("the exit code in the terminal", TIMEOUT,
				() -> lines(terminal).contains("[The shell exited with code 3]")); //$NON-NLS-1$
		UiWait.jobs(ShellJobs.FAMILY);
		assertTrue(terminal.getState().toString().contains("CLOSED"), terminal.getState().toString()); //$NON-NLS-1$
	}

	private ShellView shellView() {
		return Arrays.stream(page.getViewReferences()).filter(view -> ShellView.ID.equals(view.getId()))
				.map(view -> (ShellView) view.getView(false)).findFirst()
				.orElseThrow(() -> new AssertionError("no shell view opened")); //$NON-NLS-1$
	}

	/** The terminal's lines as shown, trailing blanks dropped. */
	private static List<String> lines(ITerminalViewControl terminal) {
		terminal.selectAll();
		String text = terminal.getSelection();
		return LINE_ENDS.splitAsStream(text == null ? "" : text).map(String::strip).toList(); //$NON-NLS-1$
	}
}
