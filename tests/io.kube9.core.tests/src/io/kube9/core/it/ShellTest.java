package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.shell.CommandLines;
import io.kube9.core.shell.ShellRequest;
import io.kube9.core.shell.ShellSession;
import io.kube9.core.shell.ShellTarget;
import io.kube9.core.shell.Shells;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/**
 * Open Shell against the real cluster: kwok runs exec commands in a sandbox on this machine with a real TTY, so
 * the shell is a real bash or sh behind the API server's exec WebSocket.
 */
@Timeout(120) // a guard against a hung connection, not a timing assertion
class ShellTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final String JOB_NAMESPACE = "team-b"; //$NON-NLS-1$
	private static final String JOB = "db-migrate"; //$NON-NLS-1$

	private static Kube9Core engine;
	private static String apiPod;

	@BeforeAll
	static void start() throws Exception {
		TestCluster cluster = SharedTestCluster.get();
		engine = Engines.on(cluster.kubeconfigs().all());
		apiPod = new CoreV1Api(cluster.adminClient()).listNamespacedPod(Contexts.RESTRICTED_NAMESPACE)
				.labelSelector("app=api").execute().getItems().get(0).getMetadata().getName(); //$NON-NLS-1$
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	@Test
	void theShellAnswersAndReportsItsExitCode() throws Exception {
		try (ShellSession shell = Shells.open(engine, teamA(Contexts.ADMIN), 80, 24)) {
			TerminalTranscript terminal = new TerminalTranscript(shell.output());

			type(shell, "echo $((6*7))\n"); //$NON-NLS-1$
			terminal.awaitLine("the answer", TIMEOUT, line -> line.strip().equals("42")); //$NON-NLS-1$ //$NON-NLS-2$
			type(shell, "exit 3\n"); //$NON-NLS-1$

			assertEquals(3, shell.waitForExit());
		}
	}

	@Test
	void theDefaultShellIsBashWithATerminalThatFollowsResizes() throws Exception {
		try (ShellSession shell = Shells.open(engine, teamA(Contexts.ADMIN), 80, 24)) {
			TerminalTranscript terminal = new TerminalTranscript(shell.output());

			type(shell, "test -t 0 && echo tty-$((1+1)); echo shell-${BASH_VERSION:+bash}-$((2+3))\n"); //$NON-NLS-1$
			terminal.awaitLine("the terminal check", TIMEOUT, line -> line.strip().equals("tty-2")); //$NON-NLS-1$
			terminal.awaitLine("bash", TIMEOUT, line -> line.strip().equals("shell-bash-5")); //$NON-NLS-1$
			shell.resize(101, 31);
			type(shell, "echo size-$(stty size | tr ' ' x)\n"); //$NON-NLS-1$
			terminal.awaitLine("the new size", TIMEOUT, line -> line.strip().equals("size-31x101")); //$NON-NLS-1$
			type(shell, "exit\n"); //$NON-NLS-1$

			assertEquals(0, shell.waitForExit());
		}
	}

	@Test
	void aCommandTheUserGivesRunsWithATerminalAndReportsItsExitCode() throws Exception {
		// kwok closes the terminal as soon as the command ends, dropping output not yet copied: the command waits
		// for a line after its echo (a real kubelet delivers the output of a plain "echo hi" too).
		try (ShellSession echo = Shells.open(engine, command("sh -c 'echo hi; read answer; exit $answer'"), 80, 24)) {
			TerminalTranscript terminal = new TerminalTranscript(echo.output());

			terminal.awaitLine("the echo", TIMEOUT, line -> line.strip().equals("hi")); //$NON-NLS-1$ //$NON-NLS-2$
			type(echo, "4\n"); //$NON-NLS-1$
			assertEquals(4, echo.waitForExit());
		}
		try (ShellSession exit = Shells.open(engine, command("sh -c 'test -t 0 && exit 3'"), 80, 24)) {
			assertEquals(3, exit.waitForExit(), "exit 3 with a terminal on stdin"); //$NON-NLS-1$
		}
	}

	@Test
	void aTerminatedPodIsRefusedSayingSo() throws Exception {
		// The demo's Job pod: kwok completes it (phase Succeeded).
		String pod = new CoreV1Api(SharedTestCluster.get().adminClient()).listNamespacedPod(JOB_NAMESPACE)
				.labelSelector("app=" + JOB).execute().getItems().get(0).getMetadata().getName(); //$NON-NLS-1$
		ShellTarget target = Shells.target(engine, Contexts.ADMIN, JOB_NAMESPACE, pod);
		assertTrue(target.refusal().isPresent(), target::toString);

		KubeException failure = assertThrows(KubeException.class, () -> Shells
				.open(engine, ShellRequest.defaultShell(Contexts.ADMIN, JOB_NAMESPACE, pod), 80, 24).close());
		assertEquals("The pod " + pod + " has terminated (Succeeded): there is nothing to open a shell in.", //$NON-NLS-1$ //$NON-NLS-2$
				failure.getMessage());
		assertEquals(target.refusal().get(), failure.getMessage());
	}

	@Test
	void aUserWithoutPodsExecGetsPermissionDenied() throws Exception {
		KubeException failure = assertThrows(KubeException.class,
				() -> Shells.open(engine, teamA(Contexts.RESTRICTED), 80, 24).close());

		assertEquals(ErrorKind.PERMISSION, failure.kind(), failure::toString);
		assertTrue(failure.getMessage().startsWith("Permission denied"), failure::getMessage); //$NON-NLS-1$
		assertTrue(failure.detail().contains("pods/exec"), failure::detail); //$NON-NLS-1$
	}

	@Test
	void aMissingShellIsSaidSo() throws Exception {
		ShellRequest missing = new ShellRequest(Contexts.ADMIN, Contexts.RESTRICTED_NAMESPACE, apiPod, null,
				List.of("/no/such/shell-kube9")); //$NON-NLS-1$
		try (ShellSession shell = Shells.open(engine, missing, 80, 24)) {
			KubeException failure = assertThrows(KubeException.class, shell::waitForExit);

			assertEquals(ErrorKind.NOT_FOUND, failure.kind(), failure::toString);
		}
	}

	@Test
	void aPodThatIsGoneIsNotFound() {
		ShellRequest gone = ShellRequest.defaultShell(Contexts.ADMIN, Contexts.RESTRICTED_NAMESPACE,
				"no-such-pod-kube9"); //$NON-NLS-1$

		KubeException failure = assertThrows(KubeException.class, () -> Shells.open(engine, gone, 80, 24));
		assertEquals(ErrorKind.NOT_FOUND, failure.kind(), failure::toString);
	}

	private static ShellRequest command(String line) throws Exception {
		return new ShellRequest(Contexts.ADMIN, Contexts.RESTRICTED_NAMESPACE, apiPod, null, CommandLines.split(line));
	}

	private static ShellRequest teamA(String context) {
		return ShellRequest.defaultShell(context, Contexts.RESTRICTED_NAMESPACE, apiPod);
	}

	private static void type(ShellSession shell, String keys) throws IOException {
		OutputStream input = shell.input();
		input.write(keys.getBytes(StandardCharsets.UTF_8));
		input.flush();
	}
}
