package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Combo;

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
import io.kube9.ui.internal.model.NamespaceScopes;
import io.kube9.ui.internal.shell.OpenShellWithCommandHandler;
import io.kube9.ui.internal.shell.ShellCommandDialog;
import io.kube9.ui.internal.shell.ShellCommandHistory;
import io.kube9.ui.internal.shell.ShellJobs;
import io.kube9.ui.internal.shell.ShellView;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;

/** Open Shell from the Explorer's context menu: a terminal view with the pod's shell, over the API server. */
@WithTestCluster
class OpenShellTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final String WITH_COMMAND = "Open Shell With Command"; //$NON-NLS-1$
	private static final Pattern LINE_ENDS = Pattern.compile("\r?\n"); //$NON-NLS-1$

	private ExplorerFixture explorer;
	private IWorkbenchPage page;

	@BeforeEach
	void open(TestCluster cluster) throws Exception {
		explorer = ExplorerFixture.open(cluster.kubeconfigs().all());
		explorer.clusters(Contexts.ALL.size());
		page = explorer.explorer().getSite().getPage();
		explorer.expand(ADMIN);
		ShellCommandHistory.clear();
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

	@Test
	void closingTheViewOfALiveShellEndsIt() throws Exception {
		ResourceNode pod = pod("default", "web-"); //$NON-NLS-1$ //$NON-NLS-2$
		Commands.run(explorer.explorer(), OpenShellHandler.COMMAND_ID, pod);
		ShellView view = shellView();
		view.terminal().pasteString("echo $((6*7))\n"); //$NON-NLS-1$
		UiWait.until("42 in the terminal", TIMEOUT, () -> lines(view.terminal()).contains("42")); //$NON-NLS-1$ //$NON-NLS-2$

		// The workbench disposes the view's widgets before the view: the shell must end all the same.
		page.hideView(view);
		UiWait.until("the shell's session to end with its view", TIMEOUT, //$NON-NLS-1$
				() -> Job.getJobManager().find(ShellJobs.FAMILY).length == 0);
	}

	@Test
	void aCommandTheUserGivesRunsWithATerminalAndShowsItsExitCode() throws Exception {
		ResourceNode pod = pod("default", "web-"); //$NON-NLS-1$ //$NON-NLS-2$
		Commands.select(explorer.explorer(), pod);
		assertTrue(Commands.enabled(OpenShellWithCommandHandler.COMMAND_ID), "With Command disabled on a pod"); //$NON-NLS-1$

		// kwok closes the terminal as soon as a command ends, dropping output not yet copied: this one waits for a
		// line after its echo (a real kubelet shows a plain "echo hi" too).
		String echoLine = "sh -c 'echo hi; read answer; exit $answer'"; //$NON-NLS-1$
		ShellView echo = withCommand(pod, echoLine);
		assertEquals(pod.name() + ": " + echoLine, echo.getPartName()); //$NON-NLS-1$
		assertTrue(echo.getContentDescription().startsWith(echoLine + " in " + pod.name()), //$NON-NLS-1$
				echo.getContentDescription());
		UiWait.until("the echo", TIMEOUT, () -> lines(echo.terminal()).contains("hi")); //$NON-NLS-1$ //$NON-NLS-2$
		echo.terminal().pasteString("7\n"); //$NON-NLS-1$
		UiWait.until("its exit code", TIMEOUT, //$NON-NLS-1$
				() -> lines(echo.terminal()).contains("[The command exited with code 7]")); //$NON-NLS-1$

		String[] remembered = new String[1];
		ShellView exit = withCommand(pod, "sh -c 'exit 3'", dialog -> { //$NON-NLS-1$
			remembered[0] = String.join("|", Widgets.controls(dialog.getShell(), Combo.class).get(1).getItems()); //$NON-NLS-1$
		});
		assertEquals(echoLine, remembered[0], "the last command is offered again"); //$NON-NLS-1$
		assertEquals(pod.name() + ": sh -c 'exit 3'", exit.getPartName()); //$NON-NLS-1$
		UiWait.until("the exit code 3", TIMEOUT, //$NON-NLS-1$
				() -> lines(exit.terminal()).contains("[The command exited with code 3]")); //$NON-NLS-1$
		UiWait.jobs(ShellJobs.FAMILY);
	}

	@Test
	void aTerminatedPodRefusesTheShellSayingWhy() throws Exception {
		// The demo's Job pod, completed by kwok (phase Succeeded), in another namespace than the active one.
		NamespaceScopes.get().setAllNamespaces(Contexts.ADMIN, true);
		explorer.expand(ADMIN);
		ResourceNode pod = pod("team-b", "db-migrate-"); //$NON-NLS-1$ //$NON-NLS-2$
		String refusal = "The pod " + pod.name() + " has terminated (Succeeded): there is nothing to open a shell in."; //$NON-NLS-1$ //$NON-NLS-2$

		Commands.run(explorer.explorer(), OpenShellHandler.COMMAND_ID, pod);
		ShellView view = shellView();
		UiWait.until("the refusal in the terminal", TIMEOUT, () -> squeezed(lines(view.terminal())) //$NON-NLS-1$
				.contains(squeezed(List.of(refusal))));
		UiWait.jobs(ShellJobs.FAMILY);
		assertFalse(squeezed(lines(view.terminal())).contains("exitedwithcode"), "no exit code for a refusal"); //$NON-NLS-1$ //$NON-NLS-2$

		String[] said = new String[1];
		boolean[] okEnabled = new boolean[1];
		Dialogs.Answer asked = Dialogs.whenOpen(Dialogs.titled(WITH_COMMAND), window -> {
			said[0] = ((ShellCommandDialog) window).getErrorMessage();
			okEnabled[0] = Dialogs.button(window, "OK").isEnabled(); //$NON-NLS-1$
			Dialogs.press(window, "Cancel"); //$NON-NLS-1$
		});
		Commands.run(explorer.explorer(), OpenShellWithCommandHandler.COMMAND_ID, pod);
		UiWait.until("the dialog", TIMEOUT, asked::answered); //$NON-NLS-1$
		assertEquals(refusal, said[0]);
		assertFalse(okEnabled[0], "OK enabled for a terminated pod"); //$NON-NLS-1$
	}

	private ResourceNode pod(String namespace, String prefix) {
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		List<Object> listed = explorer.expand(pods(ADMIN));
		return listed.stream().filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
				.filter(node -> namespace.equals(node.namespace()) && node.name().startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no pod " + namespace + "/" + prefix + "* in " + listed)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Runs Open Shell With Command on the pod with {@code line}, looking at the dialog first; its new view. */
	private ShellView withCommand(ResourceNode pod, String line, Consumer<Window> look) throws Exception {
		Set<String> before = shellViews().stream().map(ShellView::getViewSite).map(site -> site.getSecondaryId())
				.collect(Collectors.toSet());
		Dialogs.Answer asked = Dialogs.whenOpen(Dialogs.titled(WITH_COMMAND), window -> {
			look.accept(window);
			Widgets.controls(window.getShell(), Combo.class).get(1).setText(line);
			Dialogs.press(window, "OK"); //$NON-NLS-1$
		});
		Commands.run(explorer.explorer(), OpenShellWithCommandHandler.COMMAND_ID, pod);
		UiWait.until("the dialog", TIMEOUT, asked::answered); //$NON-NLS-1$
		UiWait.until("a new shell view", TIMEOUT, () -> shellViews().stream() //$NON-NLS-1$
				.anyMatch(view -> !before.contains(view.getViewSite().getSecondaryId())));
		return shellViews().stream().filter(view -> !before.contains(view.getViewSite().getSecondaryId()))
				.findFirst().orElseThrow();
	}

	private ShellView withCommand(ResourceNode pod, String line) throws Exception {
		return withCommand(pod, line, window -> {
		});
	}

	private List<ShellView> shellViews() {
		return Arrays.stream(page.getViewReferences()).filter(view -> ShellView.ID.equals(view.getId()))
				.map(view -> (ShellView) view.getView(false)).filter(view -> view != null).toList();
	}

	private ShellView shellView() {
		return shellViews().stream().findFirst().orElseThrow(() -> new AssertionError("no shell view opened")); //$NON-NLS-1$
	}

	/** The lines as one text without blanks: a long line the terminal wrapped reads the same. */
	private static String squeezed(List<String> lines) {
		return String.join("", lines).replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The terminal's lines as shown, trailing blanks dropped. */
	private static List<String> lines(ITerminalViewControl terminal) {
		terminal.selectAll();
		String text = terminal.getSelection();
		return LINE_ENDS.splitAsStream(text == null ? "" : text).map(String::strip).toList(); //$NON-NLS-1$
	}
}
