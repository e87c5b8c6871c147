package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.KubeconfigProblemNode;

/**
 * Issue 11 as a new user met it, in the view: three kubeconfig files, one malformed, 35 contexts, the kubectl
 * fallback on. The malformed file is an error item of its own, every other context is listed, the insecure one
 * carries its warning, and each context expanded shows its own state (categories, or its own classified
 * error; never the malformed file's), all while the UI thread stays free.
 */
@WithTestCluster
class BrokenKubeconfigListTest {

	/** A hanging plugin and a server that never answers take the request timeout; everything else is quicker. */
	private static final Duration ALL_ANSWERED = Duration.ofSeconds(60);

	@TempDir
	Path directory;

	@Test
	void everyContextShowsItsOwnStateBesideAMalformedFile(TestCluster cluster) throws Exception {
		BrokenKubeconfigList list = BrokenKubeconfigList.write(cluster, directory);
		Settings settings = Kube9Core.get().settings().withKubectlFallback(true);
		try (ExplorerFixture explorer = ExplorerFixture.open(list.files(), settings)) {
			List<Object> roots = explorer.roots(1 + list.expected().size());
			KubeconfigProblemNode malformed = assertInstanceOf(KubeconfigProblemNode.class, roots.get(0));
			assertEquals(list.malformed(), malformed.problem().file());
			assertTrue(malformed.problem().line() > 0, malformed.toString());
			assertEquals(list.expected().stream().map(expected -> new ClusterNode(expected.context())).toList(),
					roots.subList(1, roots.size()));
			assertNotSame(explorer.item(new ClusterNode("x-viewer")).getImage(),
					explorer.item(new ClusterNode("x-insecure")).getImage(), "the insecure context's overlay");
			assertTrue(explorer.toolTip(new ClusterNode("x-insecure")).contains("TLS verification is off"));

			StallWatchdog watchdog = explorer.watchStalls();
			for (BrokenKubeconfigList.Expected expected : list.expected()) {
				// One click each, as a user expands them: the UI serves its events in between.
				explorer.viewer().expandToLevel(new ClusterNode(expected.context()), 1);
				UiWait.dispatch();
			}
			UiWait.until("every context's answer", ALL_ANSWERED, () -> list.expected().stream()
					.noneMatch(expected -> explorer.isLoading(new ClusterNode(expected.context()))));
			watchdog.assertNoStallLongerThanOnThisMachine(KubeconfigStatesTest.STALL_LIMIT);

			List<String> table = new ArrayList<>();
			List<String> wrong = new ArrayList<>();
			for (BrokenKubeconfigList.Expected expected : list.expected()) {
				String shown = check(explorer, expected, list.malformed(), wrong);
				table.add(String.format("  %-30s %s", expected.context(), shown));
			}
			// What each context shows now, for the record (the report quotes it).
			System.out.println("Issue 11's kubeconfig list in the explorer:\n" + String.join("\n", table));
			assertEquals(List.of(), wrong, String.join("\n", table));
		}
	}

	/** Checks one context; returns what it shows. */
	private static String check(ExplorerFixture explorer, BrokenKubeconfigList.Expected expected, Path malformed,
			List<String> wrong) {
		ClusterNode node = new ClusterNode(expected.context());
		List<Object> children = explorer.shown(node);
		if (expected.kind() == null) {
			boolean categories = !children.isEmpty() && children.stream().allMatch(CategoryNode.class::isInstance);
			if (!categories) {
				wrong.add(expected.context() + ": expected its categories, shows " + describe(children));
			}
			return categories ? "reachable: " + children.size() + " categories" : describe(children);
		}
		if (children.size() != 1 || !(children.get(0) instanceof ErrorNode error)) {
			wrong.add(expected.context() + ": expected one " + expected.kind() + " error, shows " + describe(children));
			return describe(children);
		}
		KubeException failure = error.failure();
		String words = failure.getMessage() + " | " + failure.detail();
		if (failure.kind() != expected.kind()) {
			wrong.add(expected.context() + ": expected " + expected.kind() + ", shows " + failure.kind() + ": " + words);
		}
		if (words.contains(malformed.getFileName().toString())) {
			wrong.add(expected.context() + ": shows the malformed file's problem: " + words);
		}
		KubeContext context = explorer.core().kubeconfig().current().context(expected.context()).orElseThrow();
		if (failure.kind() == ErrorKind.KUBECONFIG && !context.usable()
				&& !failure.getMessage().equals(context.problem().message())) {
			wrong.add(expected.context() + ": shows another problem than its own: " + words);
		}
		if (expected.context().equals(Contexts.EXEC_FAILING) && !words.contains(Contexts.EXEC_FAILING_MESSAGE)) {
			wrong.add(expected.context() + ": the plugin's stderr is missing: " + words);
		}
		assertFalse(words.contains("NullPointerException"), words);
		return failure.kind() + ": " + failure.getMessage();
	}

	private static String describe(List<Object> children) {
		return children.stream().map(child -> child instanceof ErrorNode error
				? "error " + error.failure().kind() + ": " + error.failure().getMessage()
				: String.valueOf(child)).toList().toString();
	}
}
