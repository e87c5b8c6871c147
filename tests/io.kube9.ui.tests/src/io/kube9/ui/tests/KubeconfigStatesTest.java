package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.window.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.tests.cluster.support.SlowFileSystem;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KubeconfigLoadingNode;
import io.kube9.ui.internal.tree.KubeconfigNoticeNode;
import io.kube9.ui.internal.tree.KubeconfigNoticeNode.Situation;
import io.kube9.ui.internal.tree.KubeconfigProblemNode;

/**
 * What the explorer shows about the kubeconfig itself: a broken file where the user looks, a notice with the
 * paths it looked at instead of an empty tree, and 'Loading kubeconfig…' while the files are read in a job.
 */
class KubeconfigStatesTest {

	/**
	 * The longest the UI thread may be busy at once while the kubeconfig is slow, on a quiet machine (stretched
	 * with the load on a busy one: StallWatchdog.limitOnThisMachine).
	 */
	static final Duration STALL_LIMIT = Duration.ofMillis(200);
	/** Malformed at line 5: a flow sequence that never closes. */
	private static final String MALFORMED = "apiVersion: v1\nkind: Config\nclusters:\n- name: broken\n"
			+ "  cluster: {server: [https://10.0.0.1\ncontexts: []\n";

	@TempDir
	Path directory;

	@Test
	void aMalformedFileIsAnErrorItemWhileTheOtherFilesLoad() throws Exception {
		Path good = directory.resolve("config");
		TestKubeconfigs.writeRefused(good, "alpha", "alpha", "beta");
		Path broken = Files.writeString(directory.resolve("broken.yaml"), MALFORMED);
		try (ExplorerFixture explorer = ExplorerFixture.open(List.of(good, broken), settings())) {
			List<Object> roots = explorer.roots(3);
			KubeconfigProblemNode problem = assertInstanceOf(KubeconfigProblemNode.class, roots.get(0));
			assertEquals(List.of(new ClusterNode("alpha"), new ClusterNode("beta")), roots.subList(1, 3));
			assertEquals(broken, problem.problem().file());
			assertTrue(problem.problem().line() >= 5, "line " + problem.problem().line());
			assertTrue(problem.problem().column() > 0);
			String label = explorer.item(problem).getText();
			assertTrue(label.contains(broken.toString()) && label.contains("line " + problem.problem().line()), label);
			String tooltip = explorer.toolTip(problem);
			assertTrue(tooltip.contains("other files"), tooltip);
		}
	}

	@Test
	void noKubeconfigAtAllSaysWhereItLookedAndLeadsToThePreferences() throws Exception {
		// The test JVM's KUBECONFIG names a file that does not exist: kubectl would find no configuration either.
		Path looked = Path.of(System.getenv("KUBECONFIG")).toAbsolutePath().normalize();
		try (ExplorerFixture explorer = ExplorerFixture.open(List.of(), settings())) {
			KubeconfigNoticeNode notice = assertInstanceOf(KubeconfigNoticeNode.class, explorer.roots(1).get(0));
			assertEquals(Situation.NO_KUBECONFIG, notice.situation());
			assertEquals(List.of(looked), notice.searched());
			String label = explorer.item(notice).getText();
			assertTrue(label.startsWith("No kubeconfig found") && label.contains(looked.toString()), label);
			assertTrue(explorer.toolTip(notice).contains("Window > Preferences > Kubernetes"), explorer.toolTip(notice));

			Commands.select(explorer.explorer(), notice);
			assertTrue(Commands.enabled(ExplorerCommands.OPEN_PREFERENCES));
			Dialogs.Answer answer = Dialogs.whenOpen(window -> window instanceof PreferenceDialog, Window::close);
			Commands.run(explorer.explorer(), ExplorerCommands.OPEN_PREFERENCES, notice);
			PreferenceDialog dialog = (PreferenceDialog) answer.window();
			assertEquals("Kubernetes", ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getTitle());
		}
	}

	@Test
	void aKubeconfigWithoutContextsSaysSo() throws Exception {
		Path empty = Files.writeString(directory.resolve("config"), "apiVersion: v1\nkind: Config\nclusters: []\n");
		try (ExplorerFixture explorer = ExplorerFixture.open(List.of(empty), settings())) {
			KubeconfigNoticeNode notice = assertInstanceOf(KubeconfigNoticeNode.class, explorer.roots(1).get(0));
			assertEquals(Situation.NO_CONTEXTS, notice.situation());
			assertEquals(List.of(empty), notice.searched());
			assertTrue(explorer.item(notice).getText().startsWith("The kubeconfig defines no context"),
					explorer.item(notice).getText());
		}
	}

	@Test
	void everyFileUnreadableShowsEachProblemAndSaysNothingCouldBeRead() throws Exception {
		Path malformed = Files.writeString(directory.resolve("broken.yaml"), MALFORMED);
		Path binary = Files.write(directory.resolve("binary"), new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 });
		try (ExplorerFixture explorer = ExplorerFixture.open(List.of(malformed, binary), settings())) {
			List<Object> roots = explorer.roots(3);
			assertEquals(malformed, assertInstanceOf(KubeconfigProblemNode.class, roots.get(0)).problem().file());
			assertEquals(binary, assertInstanceOf(KubeconfigProblemNode.class, roots.get(1)).problem().file());
			KubeconfigNoticeNode notice = assertInstanceOf(KubeconfigNoticeNode.class, roots.get(2));
			assertEquals(Situation.NOTHING_READABLE, notice.situation());
			assertEquals(List.of(malformed, binary), notice.searched());
		}
	}

	@Test
	void theFirstReadRunsInAJobBehindAPlaceholderWhileTheFileSystemHangs() throws Exception {
		Path local = directory.resolve("config");
		TestKubeconfigs.writeRefused(local, "alpha", "alpha", "beta");
		SlowFileSystem slow = new SlowFileSystem();
		slow.hang();
		try (ExplorerFixture explorer = ExplorerFixture.openWhileApplying(List.of(slow.path(local)), settings())) {
			try {
				StallWatchdog watchdog = explorer.watchStalls();
				UiWait.until("the explorer's read of the hanging kubeconfig", () -> slow.waiting() > 0
						&& explorer.model().isReadingKubeconfig());
				assertEquals(List.of(new KubeconfigLoadingNode()), explorer.shown(null));
				assertEquals("Loading kubeconfig\u2026", explorer.item(new KubeconfigLoadingNode()).getText());
				// Busy with the tree meanwhile: refreshing everything is a job too.
				Commands.run(explorer.explorer(), ExplorerCommands.REFRESH);
				UiWait.dispatch();

				slow.release();
				assertEquals(List.of(new ClusterNode("alpha"), new ClusterNode("beta")), explorer.clusters(2));
				watchdog.assertNoStallLongerThanOnThisMachine(STALL_LIMIT);
			} finally {
				// Before the explorer closes: closing applies the previous settings, after these.
				slow.release();
			}
		}
	}

	private static Settings settings() {
		return Kube9Core.get().settings();
	}
}
