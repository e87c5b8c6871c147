package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.logs.LogRequest;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.logs.LogCommands;
import io.kube9.ui.internal.logs.LogConsole;
import io.kube9.ui.internal.logs.LogConsoles;
import io.kube9.ui.internal.logs.LogPreferences;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;

/** Show Logs from the tree: consoles in the Console view that follow, stop, pick containers and keep the UI live. */
@WithTestCluster
class LogConsoleTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final Duration STALL_LIMIT = Duration.ofMillis(200);

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
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		manager.removeConsoles(manager.getConsoles());
		explorer.close();
	}

	@Test
	void showLogsFollowsThePodInAConsoleUntilStopped(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		String podName = podsOf(cluster, where).get(0);
		ResourceNode pod = ClusterNodes.named(explorer.expand(pods(ADMIN)), podName);
		StallWatchdog watchdog = explorer.watchStalls();

		Commands.run(explorer.explorer(), LogCommands.SHOW_LOGS, pod);
		LogRequest request = LogRequest.following(Contexts.ADMIN, where.namespace(), podName, where.container(),
				LogPreferences.tailLines());
		LogConsole console = console(request);
		assertEquals(Contexts.ADMIN + "/" + where.namespace() + "/" + podName + "/" + where.container(),
				console.getName());
		UiWait.until("ten streamed lines", () -> streamed(console).size() >= 10);
		List<Long> sequences = streamed(console);
		for (int i = 1; i < sequences.size(); i++) {
			assertEquals(sequences.get(i - 1) + 1, sequences.get(i), "line " + i + " of " + sequences);
		}
		watchdog.assertNoStallLongerThanOnThisMachine(STALL_LIMIT);

		console.stop();
		UiWait.until("the console to say it stopped", () -> !console.isActive()
				&& console.getName().startsWith("<ended>") && text(console).contains("--- Log stopped."));
	}

	@Test
	void showLogsWithOptionsKeepsTimestampsAndTheLastLinesAsked(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		String podName = podsOf(cluster, where).get(0);
		ResourceNode pod = ClusterNodes.named(explorer.expand(pods(ADMIN)), podName);

		Dialogs.Answer asked = Dialogs.whenOpen(Dialogs.titled("Log Options"), window -> {
			Text tail = texts(window.getShell()).get(0);
			tail.setText("2");
			Button timestamps = Dialogs.button(window, "Show timestamps");
			timestamps.setSelection(true);
			Dialogs.press(window, "OK");
		});
		Commands.run(explorer.explorer(), LogCommands.SHOW_LOGS_WITH_OPTIONS, pod);
		assertTrue(asked.answered());
		LogConsole console = console(new LogRequest(Contexts.ADMIN, where.namespace(), podName, where.container(), 2,
				false, true, null, true));
		UiWait.until("lines with their time", () -> text(console).lines().count() >= 4);
		List<String> lines = text(console).lines().toList();
		for (String line : lines) {
			int space = line.indexOf(' ');
			assertTrue(space > 0 && line.substring(0, space).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"), line);
			assertTrue(KubeletContent.STREAMING.line().matcher(line.substring(space + 1)).matches(), line);
		}
	}

	private static List<Text> texts(Composite parent) {
		List<Text> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				texts.add(text);
			} else if (child instanceof Composite composite) {
				texts.addAll(texts(composite));
			}
		}
		return texts;
	}

	@Test
	void theLinesToStartWithComeFromThePreferences(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		String podName = podsOf(cluster, where).get(0);
		ResourceNode pod = ClusterNodes.named(explorer.expand(pods(ADMIN)), podName);
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(LogPreferences.NODE);
		preferences.putInt(LogPreferences.TAIL_LINES, 3);
		try {
			Commands.run(explorer.explorer(), LogCommands.SHOW_LOGS, pod);
			LogConsole console = console(
					LogRequest.following(Contexts.ADMIN, where.namespace(), podName, where.container(), 3));
			UiWait.until("a line", () -> !streamed(console).isEmpty());
		} finally {
			preferences.remove(LogPreferences.TAIL_LINES);
		}
		assertEquals(LogPreferences.DEFAULT_TAIL_LINES, LogPreferences.tailLines());
	}

	@Test
	void aDeploymentAsksWhichOfItsPodsToShow(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		List<String> podNames = podsOf(cluster, where);
		ResourceNode deployment = ClusterNodes.named(
				explorer.expand(kind(ADMIN, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS)), where.app());

		Commands.select(explorer.explorer(), category(ADMIN, Category.WORKLOADS));
		assertFalse(Commands.enabled(LogCommands.SHOW_LOGS), "a category has no logs");
		Commands.select(explorer.explorer(), deployment);
		assertTrue(Commands.enabled(LogCommands.SHOW_LOGS), "a Deployment's pods have logs");

		Dialogs.Answer picked = Dialogs.whenOpen(Dialogs.titled("Show Logs"), window -> Dialogs.press(window, "OK"));
		Commands.run(explorer.explorer(), LogCommands.SHOW_LOGS, deployment);
		LogConsole console = console(LogRequest.following(Contexts.ADMIN, where.namespace(), podNames.get(0),
				where.container(), LogPreferences.tailLines()));
		assertTrue(picked.answered(), "a deployment with " + podNames.size() + " pods asks");
		UiWait.until("streamed lines", () -> streamed(console).size() >= 3);
	}

	@Test
	void aPreviousInstanceIsShownWholeAndEnds(TestCluster cluster) throws Exception {
		Container where = KubeletContent.CRASHING.where();
		String podName = podsOf(cluster, where).get(0);
		Commands.run(explorer.explorer(), ExplorerCommands.TOGGLE_ALL_NAMESPACES, ADMIN);
		UiWait.jobs(JobFamilies.LOAD);
		ResourceNode pod = ClusterNodes.named(explorer.expand(pods(ADMIN)), podName);

		Commands.run(explorer.explorer(), LogCommands.SHOW_PREVIOUS_LOGS, pod);
		LogConsole console = console(new LogRequest(Contexts.ADMIN, where.namespace(), podName, where.container(),
				LogRequest.ALL_LINES, true, false, null, false));
		UiWait.until("the end of the previous log", () -> !console.isActive() && text(console).contains("--- End"));
		String text = text(console);
		assertEquals(KubeletContent.CRASHING.previous(),
				text.lines().filter(line -> !line.startsWith("---")).toList(), text);
	}

	@Test
	void aFastLogNeverHoldsTheUiThreadAndStaysBounded(TestCluster cluster) throws Exception {
		Container where = KubeletContent.LARGE.where();
		String podName = podsOf(cluster, where).get(0);
		LogRequest whole = new LogRequest(Contexts.ADMIN, where.namespace(), podName, where.container(),
				LogRequest.ALL_LINES, false, false, null, false);

		// The Console view makes the console's page first: the workbench's widgets, not the output.
		LogConsole console = LogConsoles.open(whole);
		UiWait.dispatch();
		StallWatchdog watchdog = explorer.watchStalls();
		long start = System.nanoTime();
		console.start(explorer.core().logs());
		UiWait.until("the whole large log", () -> !console.isActive() && text(console).contains("--- End"));
		long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
		System.out.println("LogConsoleTest: " + KubeletContent.LARGE.lines() + " lines into the console in " + millis
				+ " ms (" + 4_500_000L / millis + " KB/s approx.)");
		String text = text(console);
		assertTrue(text.contains(KubeletContent.LARGE.lastLine()), "ends with the last line");
		assertFalse(text.contains(KubeletContent.LARGE.line(1) + "\n"), "the oldest lines were trimmed");
		assertTrue(text.length() <= 2_000_000 + 200_000, "bounded: " + text.length());
		watchdog.assertNoStallLongerThanOnThisMachine(STALL_LIMIT);
	}

	private static LogConsole console(LogRequest request) {
		UiWait.until("the console of " + request.title(), () -> LogConsoles.find(request) != null);
		LogConsole console = LogConsoles.find(request);
		assertNotNull(console);
		IConsole[] all = ConsolePlugin.getDefault().getConsoleManager().getConsoles();
		assertTrue(List.of(all).contains(console));
		return console;
	}

	private static String text(LogConsole console) {
		return console.getDocument().get();
	}

	private static List<Long> streamed(LogConsole console) {
		return text(console).lines().filter(line -> !line.startsWith("---")).map(line -> {
			Matcher matcher = KubeletContent.STREAMING.line().matcher(line);
			if (!matcher.matches()) {
				throw new AssertionError("not a line of the streaming log: " + line);
			}
			return Long.parseLong(matcher.group(1));
		}).toList();
	}

	/** The workload's pods by name (the controllers name them after it). */
	private static List<String> podsOf(TestCluster cluster, Container where) {
		return DemoSeed.pods(cluster).stream()
				.filter(pod -> pod.namespace().equals(where.namespace()) && pod.name().startsWith(where.app() + "-"))
				.map(SeededPod::name).sorted().toList();
	}
}
