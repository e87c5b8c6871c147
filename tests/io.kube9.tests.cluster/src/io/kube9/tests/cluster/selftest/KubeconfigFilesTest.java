package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.Kubeconfigs;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;

/** Relative file references and a KUBECONFIG of two files work the way kubectl reads them. */
@WithTestCluster
class KubeconfigFilesTest {

	@TempDir
	Path cache;

	@TempDir
	Path elsewhere;

	@Test
	void relativeFilesResolveNextToTheKubeconfig(TestCluster cluster) throws Exception {
		Kubeconfigs kubeconfigs = cluster.kubeconfigs();
		String text = Files.readString(kubeconfigs.all());
		assertTrue(text.contains("client-certificate: certs/admin.crt"), "really relative");
		assertTrue(text.contains("certificate-authority: certs/ca.crt"), "really relative");

		// Run from another folder: the paths must resolve against the kubeconfig's folder, not the working one.
		Kubectl.Result result = new Kubectl(cache).run(Map.of(), elsewhere, "--kubeconfig",
				kubeconfigs.all().toString(), "--context", Contexts.RELATIVE_FILES, "get", "namespaces", "-o",
				"name");

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(lines(result.stdout()).containsAll(DemoSeed.namespaces().stream().map(n -> "namespace/" + n)
				.toList()), result.stdout());
	}

	@Test
	void relativeFilesWorkThroughTheClient(TestCluster cluster) throws Exception {
		assertEquals(Contexts.ADMIN_USER, Whoami.of(cluster.client(Contexts.RELATIVE_FILES)).getUsername());
	}

	@Test
	void twoFileKubeconfigMergesLikeKubectl(TestCluster cluster) throws Exception {
		Kubeconfigs kubeconfigs = cluster.kubeconfigs();
		Kubectl kubectl = new Kubectl(cache);
		Map<String, String> split = Map.of("KUBECONFIG", kubeconfigs.splitKubeconfigVariable());

		Kubectl.Result contexts = kubectl.run(split, elsewhere, "config", "get-contexts", "-o", "name");
		Kubectl.Result current = kubectl.run(split, elsewhere, "config", "current-context");
		// exec is defined in the second file but uses the cluster defined in the first.
		Kubectl.Result whoami = kubectl.run(split, elsewhere, "--context", Contexts.EXEC, "auth", "whoami", "-o",
				"json");
		Kubectl.Result relative = kubectl.run(split, elsewhere, "--context", Contexts.RELATIVE_FILES, "get", "pods",
				"-A", "-o", "name");

		assertEquals(new TreeSet<>(Contexts.ALL), lines(contexts.stdout()), contexts::toString);
		assertEquals(Contexts.ADMIN, current.stdout().trim(), current::toString);
		assertEquals(0, whoami.exitCode(), whoami::toString);
		assertEquals(Contexts.VIEWER_USER,
				whoami.json().getAsJsonObject("status").getAsJsonObject("userInfo").get("username").getAsString());
		assertEquals(0, relative.exitCode(), relative::toString);
		assertEquals(DemoSeed.count("Pod"), lines(relative.stdout()).size());
	}

	@Test
	void eachHalfHoldsItsContextsAndOnlyTheFirstACurrentContext(TestCluster cluster) throws Exception {
		Kubeconfigs kubeconfigs = cluster.kubeconfigs();
		Kubectl kubectl = new Kubectl(cache);

		Kubectl.Result first = kubectl.run(Map.of("KUBECONFIG", kubeconfigs.first().toString()), elsewhere, "config",
				"get-contexts", "-o", "name");
		Kubectl.Result second = kubectl.run(Map.of("KUBECONFIG", kubeconfigs.second().toString()), elsewhere,
				"config", "get-contexts", "-o", "name");

		assertEquals(new TreeSet<>(Contexts.FIRST_FILE), lines(first.stdout()));
		assertEquals(new TreeSet<>(Contexts.SECOND_FILE), lines(second.stdout()));
		assertFalse(Files.readString(kubeconfigs.second()).contains("current-context"));
	}

	private static Set<String> lines(String text) {
		Set<String> lines = new TreeSet<>(Arrays.asList(text.split("\n")));
		lines.remove("");
		return lines;
	}
}
