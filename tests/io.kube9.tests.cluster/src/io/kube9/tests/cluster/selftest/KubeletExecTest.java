package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.internal.Binaries;
import io.kube9.tests.cluster.internal.Owner;
import io.kubernetes.client.Exec;
import io.kubernetes.client.openapi.ApiClient;

/**
 * exec reaches kwok's kubelet endpoint, which runs the command on this machine in the cluster's sandbox
 * folder: a real shell, with a real terminal when one is asked for. Through the real kubectl (in a terminal
 * of script(1) for -it) and through the Java client.
 */
@WithTestCluster
class KubeletExecTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final Container API = new Container("team-a", "api", "api");

	@TempDir
	Path cache;

	@Test
	void aCommandRunsInTheSandbox(TestCluster cluster) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.ADMIN, "exec", "-n",
				API.namespace(), ContainerPods.first(cluster, API), "-c", API.container(), "--", "sh", "-c",
				"echo $((6*7)); cat " + KubeletContent.SANDBOX_FILE + "; test -t 0 && echo tty || echo no-tty");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("42\n" + KubeletContent.SANDBOX_FILE_CONTENT + "no-tty\n", result.stdout());
	}

	@Test
	void aCommandWithATerminalPrintsItsAnswer(TestCluster cluster) throws Exception {
		String kubectl = String.join(" ", "kubectl", "--cache-dir=" + cache, "--kubeconfig",
				cluster.kubeconfigs().all().toString(), "--context", Contexts.ADMIN, "exec", "-it", "-n",
				API.namespace(), ContainerPods.first(cluster, API), "-c", API.container(), "--", "sh", "-c",
				"'test -t 1 && echo $((6*7))'");
		// Repeated: kwok alone lost a short command's last output on a terminal about every other time.
		for (int run = 0; run < 5; run++) {
			try (KubectlProcess command = KubectlProcess.start(cache, List.of("script", "-q", "-f", "-e", "-c",
					kubectl, "/dev/null"))) {
				command.awaitLine("the answer", TIMEOUT, line -> line.strip().endsWith("42"));
			}
		}
	}

	@Test
	void anInteractiveShellGetsATerminal(TestCluster cluster) throws Exception {
		String kubectl = String.join(" ", "kubectl", "--cache-dir=" + cache, "--kubeconfig",
				cluster.kubeconfigs().all().toString(), "--context", Contexts.ADMIN, "exec", "-it", "-n",
				API.namespace(), ContainerPods.first(cluster, API), "-c", API.container(), "--", "sh");
		// script(1) gives kubectl a terminal of its own, as a user's would be.
		try (KubectlProcess shell = KubectlProcess.start(cache, List.of("script", "-q", "-f", "-e", "-c", kubectl,
				"/dev/null"))) {
			shell.write("tty; test -t 0 && echo is-a-tty; echo $((6*7))\n");

			String terminal = shell.awaitLine("the terminal's name", TIMEOUT, line -> line.contains("/dev/pts/"));
			shell.awaitLine("the terminal check", TIMEOUT, line -> line.strip().equals("is-a-tty"));
			shell.awaitLine("the answer", TIMEOUT, line -> line.strip().equals("42"));
			assertFalse(terminal.contains("not a tty"), terminal);
			// Only now: kwok may drop what a shell wrote just before it exits.
			shell.write("exit\n");
		}
	}

	@Test
	void anExecStreamsStandardInput(TestCluster cluster) throws Exception {
		try (KubectlProcess cat = KubectlProcess.kubectl(cache, cluster.kubeconfigs().all(), Contexts.ADMIN, "exec",
				"-i", "-n", API.namespace(), ContainerPods.first(cluster, API), "-c", API.container(), "--", "sh",
				"-c", "read line; echo \"got $line\"")) {
			cat.write("hello\n");
			cat.awaitLine("the echo", TIMEOUT, line -> line.equals("got hello"));
		}
	}

	@Test
	void theShellSeesNothingOfTheTestEnvironment(TestCluster cluster) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.ADMIN, "exec", "-n",
				API.namespace(), ContainerPods.first(cluster, API), "-c", API.container(), "--", "env");

		assertEquals(0, result.exitCode(), result::toString);
		assertFalse(result.stdout().contains(Binaries.ENVIRONMENT_VARIABLE), result.stdout());
		assertFalse(result.stdout().contains(Owner.SESSION_VARIABLE), result.stdout());
		assertTrue(result.stdout().contains("HOME=" + cluster.directory().resolve("sandbox")), result.stdout());
	}

	@Test
	void theClientExecsToo(TestCluster cluster) throws Exception {
		ApiClient client = cluster.client(Contexts.ADMIN, Duration.ofSeconds(5), Duration.ofSeconds(30));
		Process process = new Exec(client).exec(API.namespace(), ContainerPods.first(cluster, API),
				new String[] { "sh", "-c", "echo $((6*7))" }, API.container(), false, false);
		try {
			CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
			assertEquals("42\n", output.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
			assertTrue(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
			assertEquals(0, process.exitValue());
		} finally {
			process.destroy();
		}
	}

	private static String read(InputStream input) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			input.transferTo(bytes);
			return bytes.toString(StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
