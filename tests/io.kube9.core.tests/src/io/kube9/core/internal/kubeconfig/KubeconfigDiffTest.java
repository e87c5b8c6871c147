package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.load;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.withKubeconfig;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.kubeconfig.KubeconfigChange;

/** A context changed when its fields, its cluster entry or its user entry changed. */
class KubeconfigDiffTest {

	private static final String BASE = """
			current-context: a
			clusters:
			- {name: c, cluster: {server: https://c:6443}}
			- {name: d, cluster: {server: https://d:6443}}
			users:
			- {name: u, user: {token: one}}
			contexts:
			- {name: a, context: {cluster: c, user: u}}
			- {name: b, context: {cluster: d}}
			- {name: gone, context: {cluster: d}}
			""";

	@TempDir
	Path dir;

	@Test
	void reportsAddedRemovedAndChangedContexts() {
		MergedKubeconfig before = loadText(BASE);
		MergedKubeconfig after = loadText(BASE.replace("token: one", "token: two")
				.replace("- {name: gone, context: {cluster: d}}", "- {name: new, context: {cluster: d}}"));

		KubeconfigChange change = KubeconfigDiff.between(before, after);

		assertEquals(Set.of("new"), change.added());
		assertEquals(Set.of("gone"), change.removed());
		assertEquals(Set.of("a"), change.changed(), "only a uses the user whose token changed");
		assertEquals(Set.of(), change.namespaceOnly(), "a token is more than a namespace");
		assertFalse(change.currentContextChanged());
		assertEquals(before, change.before());
		assertEquals(after, change.after());
	}

	@Test
	void aClusterChangeChangesEveryContextUsingIt() {
		KubeconfigChange change = KubeconfigDiff.between(loadText(BASE),
				loadText(BASE.replace("https://d:6443", "https://d2:6443")));

		assertEquals(Set.of("b", "gone"), change.changed());
	}

	@Test
	void aContextFieldOrProblemChangeIsAChange() {
		KubeconfigChange namespace = KubeconfigDiff.between(loadText(BASE),
				loadText(BASE.replace("{cluster: d}}\n- {name: gone", "{cluster: d, namespace: x}}\n- {name: gone")));
		KubeconfigChange problem = KubeconfigDiff.between(loadText(BASE),
				loadText(BASE.replace("- {name: d, cluster: {server: https://d:6443}}\n", "")));

		assertEquals(Set.of("b"), namespace.changed());
		assertEquals(Set.of("b"), namespace.namespaceOnly());
		assertEquals(Set.of("b", "gone"), problem.changed());
		assertEquals(Set.of(), problem.namespaceOnly());
	}

	@Test
	void currentContextAndNothing() {
		KubeconfigChange current = KubeconfigDiff.between(loadText(BASE),
				loadText(BASE.replace("current-context: a", "current-context: b")));
		KubeconfigChange nothing = KubeconfigDiff.between(loadText(BASE), loadText(BASE + "# a comment\n"));

		assertTrue(current.currentContextChanged());
		assertTrue(current.changed().isEmpty());
		assertTrue(nothing.isEmpty(), nothing.toString());
	}

	private MergedKubeconfig loadText(String yaml) {
		return load(withKubeconfig(dir, write(dir.resolve("config"), yaml)));
	}
}
