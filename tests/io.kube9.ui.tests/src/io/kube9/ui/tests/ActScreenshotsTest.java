package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static io.kube9.ui.tests.ClusterNodes.named;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.tm.internal.terminal.control.ITerminalViewControl;
import org.eclipse.tm.internal.terminal.textcanvas.TextCanvas;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsoleManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.forward.PortForward;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.Loopback;
import io.kube9.ui.internal.forward.ForwardJobs;
import io.kube9.ui.internal.forward.ForwardNode;
import io.kube9.ui.internal.forward.ForwardsNode;
import io.kube9.ui.internal.handlers.OpenShellHandler;
import io.kube9.ui.internal.logs.LogCommands;
import io.kube9.ui.internal.logs.LogConsole;
import io.kube9.ui.internal.logs.LogConsoles;
import io.kube9.ui.internal.logs.LogPreferences;
import io.kube9.ui.internal.shell.ShellJobs;
import io.kube9.ui.internal.shell.ShellView;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * The README's screenshots of acting on the demo's pods (issue 15): a pod's log streaming into the Console, a shell
 * answering in the terminal view, and a Service's port-forward with the page fetched through it. Waits go through
 * {@link UiWait}: the UI thread keeps painting while the lines, the answer and the page arrive. Run by hand with
 * {@link ScreenshotsTest} (releng/scripts/screenshots.sh); skipped otherwise.
 */
@WithTestCluster
@EnabledIfSystemProperty(named = "kube9.screenshots", matches = "true")
class ActScreenshotsTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final int LINES = 5;
	private static final Pattern LINE_ENDS = Pattern.compile("\r?\n");
	private static final String PORT_FORWARD = "io.kube9.ui.portForward";
	/** The demo's Service in front of the web pods (DemoContent), and the page asked through its forward. */
	private static final String SERVICE = "web";
	private static final String PAGE = "/";
	private static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";
	/** Of the window's width: the forward's row ("http://127.0.0.1:80 → default/web-…:80 (Service web)") whole. */
	private static final double EXPLORER_SHARE = 0.5;

	@TempDir
	Path directory;

	private Screenshots screenshots;
	private ExplorerFixture explorer;
	private IWorkbenchPage page;

	@BeforeEach
	void openTheDemo(TestCluster cluster) throws Exception {
		screenshots = Screenshots.open(cluster, directory);
		explorer = screenshots.explorer();
		page = screenshots.page();
		explorer.expand(ADMIN);
	}

	@AfterEach
	void close() {
		IConsoleManager consoles = ConsolePlugin.getDefault().getConsoleManager();
		consoles.removeConsoles(consoles.getConsoles());
		for (IViewReference view : page.getViewReferences()) {
			if (ShellView.ID.equals(view.getId())) {
				page.hideView(view);
			}
		}
		UiWait.jobs(ShellJobs.FAMILY);
		for (PortForward forward : Kube9Core.get().forwards().forwards(Contexts.ADMIN)) {
			Kube9Core.get().forwards().stop(forward.id());
		}
		page.closeAllEditors(false);
		screenshots.close();
	}

	@Test
	void aPodsLogStreamsIntoTheConsole() throws Exception {
		KubeletContent.Container where = KubeletContent.STREAMING.where();
		ResourceNode pod = demoPod(where.namespace(), where.app() + "-");
		Commands.run(explorer.explorer(), LogCommands.SHOW_LOGS, pod);
		LogRequest request = LogRequest.following(Contexts.ADMIN, where.namespace(), pod.name(), where.container(),
				LogPreferences.tailLines());
		UiWait.until("the console of " + request.title(), () -> LogConsoles.find(request) != null);
		LogConsole console = LogConsoles.find(request);
		UiWait.until(LINES + " streamed lines", () -> streamed(console) >= LINES);
		assertTrue(console.isActive(), "the console follows the log");
		screenshots.capture("logs-console.png");
		System.out.println("logs-console: " + streamed(console) + " lines of " + console.getName());
	}

	@Test
	void aShellAnswersInTheTerminal() throws Exception {
		ResourceNode pod = demoPod("default", "web-");
		Commands.run(explorer.explorer(), OpenShellHandler.COMMAND_ID, pod);
		UiWait.until("the shell view", () -> shellView() != null);
		ShellView view = shellView();
		assertEquals(pod.name(), view.getPartName());
		ITerminalViewControl terminal = view.terminal();
		// Typed at the prompt: typed earlier, the terminal would show it twice (echoed before the shell reads it).
		UiWait.until("the shell's prompt", () -> prompted(lines(terminal)));
		terminal.pasteString("echo $((6*7))\n");
		UiWait.until("42 in the terminal", () -> lines(terminal).contains("42"));
		// The selection that read the lines is no part of the picture (the widget's interface cannot clear it).
		if (terminal.getControl() instanceof TextCanvas canvas) {
			canvas.clearSelection();
		}
		screenshots.capture("shell-terminal.png");
	}

	@Test
	void aServicesForwardAnswersThePageAskedThroughIt() throws Exception {
		explorer.expand(category(ADMIN, Category.NETWORKING));
		ResourceNode service = named(explorer.expand(kind(ADMIN, Category.NETWORKING, ResourceKinds.SERVICES)),
				SERVICE);
		int[] local = new int[1];
		Dialogs.Answer asked = Dialogs.whenOpen(Dialogs.titled("Port Forward"), window -> {
			// The Service's own port and the local port the dialog proposes for it, as a user would take them.
			assertTrue(!Widgets.controls(window.getShell(), Combo.class).get(0).getText().isBlank());
			Text localPort = Widgets.controls(window.getShell(), Text.class).stream()
					.filter(text -> text.getText().matches("\\d+")).findFirst()
					.orElseThrow(() -> new AssertionError("no local port proposed"));
			local[0] = Integer.parseInt(localPort.getText());
			Dialogs.press(window, "OK");
		});
		Commands.run(explorer.explorer(), PORT_FORWARD, service);
		UiWait.until("the dialog", asked::answered);
		UiWait.jobs(ForwardJobs.FAMILY);

		ForwardsNode forwards = new ForwardsNode(ADMIN);
		UiWait.until("the Port Forwards item", () -> explorer.shown(ADMIN).contains(forwards));
		explorer.viewer().expandToLevel(forwards, 1);
		UiWait.until("the forward's item", () -> !explorer.shown(forwards).isEmpty());
		ForwardNode item = (ForwardNode) explorer.shown(forwards).get(0);
		String url = item.forward().url() + PAGE;
		assertEquals("http://127.0.0.1:" + local[0] + PAGE, url);
		assertTrue(explorer.item(item).getText().endsWith("(Service " + SERVICE + ")"), explorer.item(item).getText());

		// Off the UI thread, as a browser would ask; the tree keeps painting meanwhile.
		CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
			try {
				return Loopback.get(local[0], PAGE, UiWait.DEFAULT);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		UiWait.until("the page through the forward", answer::isDone);
		String body = answer.join();
		assertEquals(KubeletContent.portForwardAnswer("GET", PAGE), body);
		page.openEditor(new FetchedPage(url, body), TEXT_EDITOR);
		screenshots.explorerWidth(EXPLORER_SHARE);
		Commands.select(explorer.explorer(), item);
		screenshots.capture("forward-browser.png");
		browserAsks(url);
	}

	/**
	 * A real browser asks for the page through the forward and draws what it got (forward-browser-page.png), when
	 * the script names one (system property kube9.screenshots.browser: a Chromium, run headless).
	 */
	private static void browserAsks(String url) throws Exception {
		String browser = System.getProperty("kube9.screenshots.browser", "none");
		if (browser.equals("none") || browser.equals("null")) {
			return;
		}
		Path picture = Path.of(System.getProperty("kube9.screenshots.dir", ".")).resolve("forward-browser-page.png");
		Files.deleteIfExists(picture);
		Process process = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu",
				"--hide-scrollbars", "--window-size=640,200", "--screenshot=" + picture, url).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		UiWait.until("the browser's picture of the page", () -> !process.isAlive());
		assertEquals(0, process.exitValue(), browser + " failed");
		assertTrue(Files.size(picture) > 0, picture + " is empty");
	}

	/** A running pod of the demo's, by namespace and name prefix (the Deployment's name and a dash). */
	private ResourceNode demoPod(String namespace, String prefix) {
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		return explorer.expand(pods(ADMIN)).stream().filter(ResourceNode.class::isInstance)
				.map(ResourceNode.class::cast)
				.filter(node -> node.namespace().equals(namespace) && node.name().startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no pod " + namespace + "/" + prefix + "* shown"));
	}

	private ShellView shellView() {
		for (IViewReference view : page.getViewReferences()) {
			if (ShellView.ID.equals(view.getId()) && view.getView(false) instanceof ShellView shell) {
				return shell;
			}
		}
		return null;
	}

	private static long streamed(LogConsole console) {
		return console.getDocument().get().lines().filter(line -> KubeletContent.STREAMING.line().matcher(line)
				.matches()).count();
	}

	/** Whether the last line that is not blank ends like a shell's prompt. */
	private static boolean prompted(List<String> lines) {
		return lines.stream().filter(line -> !line.isEmpty()).reduce((first, second) -> second)
				.filter(last -> last.endsWith("#") || last.endsWith("$")).isPresent();
	}

	/** The terminal's lines as shown, trailing blanks dropped. */
	private static List<String> lines(ITerminalViewControl terminal) {
		terminal.selectAll();
		String text = terminal.getSelection();
		return LINE_ENDS.splitAsStream(text == null ? "" : text).map(String::strip).toList();
	}
}
