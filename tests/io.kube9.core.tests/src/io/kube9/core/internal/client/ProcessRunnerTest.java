package io.kube9.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.internal.source.CancellationSignal;

/** Real processes: the time limit covers their output, and a late process goes with everything it started. */
class ProcessRunnerTest {

	/** Far above every limit used here: a run that needs it has hung. */
	private static final Duration HUNG = Duration.ofSeconds(30);

	@TempDir
	Path directory;

	@Test
	void capturesExitCodeAndBothOutputs() throws Exception {
		ProcessRunner.Result result = run("echo out; echo err >&2; exit 4", Duration.ofSeconds(10));
		assertEquals(4, result.exitCode());
		assertEquals("out\n", result.stdoutText());
		assertEquals("err\n", result.stderr());
	}

	@Test
	void readsALargeStderrWhileWaitingForStdout() throws Exception {
		// 1 MB on stderr fills its pipe many times over: both outputs must be drained at once.
		ProcessRunner.Result result = run("head -c 1048576 /dev/zero >&2; echo done", Duration.ofSeconds(20));
		assertEquals("done\n", result.stdoutText());
		assertEquals(1048576, result.stderr().length());
	}

	@Test
	void aGrandchildHoldingTheOutputOpenDoesNotHoldUsUp() throws Exception {
		Path pid = directory.resolve("grandchild.pid");
		// The script answers and exits a second later; the sleep it leaves behind keeps stdout open for a minute.
		long start = System.nanoTime();
		TimeoutExceptionHolder failure = assertTimeoutPreemptively(HUNG, () -> expectTimeout(
				"sleep 60 & echo $! > " + pid + "; echo answered; sleep 1", Duration.ofSeconds(3)));
		assertTrue(failure.message.contains("kept its output open"), failure.message);
		assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(15)) < 0);
		assertGone(pid);
	}

	@Test
	void aTimeoutKillsTheWholeTree() throws Exception {
		Path child = directory.resolve("child.pid");
		Path grandchild = directory.resolve("grandchild.pid");
		// A process that hangs in a child that hangs in a grandchild, as kubectl waiting for a hung plugin does.
		Path inner = script("inner", "sleep 60 & echo $! > " + grandchild + "; wait\n");
		TimeoutExceptionHolder failure = assertTimeoutPreemptively(HUNG,
				() -> expectTimeout(inner + " & echo $! > " + child + "; wait", Duration.ofSeconds(1)));
		assertTrue(failure.message.contains("no answer within 1 s"), failure.message);
		assertGone(child);
		assertGone(grandchild);
	}

	@Test
	void cancellingKillsTheTree() throws Exception {
		Path child = directory.resolve("child.pid");
		CancellationSignal cancellation = new CancellationSignal();
		Thread canceller = new Thread(() -> {
			try {
				// Cancel once the child is running, as a user who closes the view does.
				long deadline = System.nanoTime() + HUNG.toNanos();
				while (!Files.exists(child) && System.nanoTime() < deadline) {
					Thread.onSpinWait();
				}
			} finally {
				cancellation.cancel();
			}
		});
		canceller.start();
		assertTimeoutPreemptively(HUNG, () -> {
			ProcessRunner.Result result = ProcessRunner.run(List.of("/bin/sh", "-c",
					"sleep 60 & echo $! > " + child + ".tmp; mv " + child + ".tmp " + child + "; wait"), Map.of(),
					HUNG, cancellation);
			assertTrue(result.exitCode() != 0, "killed");
		});
		canceller.join();
		assertGone(child);
	}

	private ProcessRunner.Result run(String shell, Duration limit) throws Exception {
		return ProcessRunner.run(List.of("/bin/sh", "-c", shell), Map.of(), limit, CancellationSignal.none());
	}

	private record TimeoutExceptionHolder(String message) {
	}

	private TimeoutExceptionHolder expectTimeout(String shell, Duration limit) {
		var failure = assertThrows(java.util.concurrent.TimeoutException.class, () -> run(shell, limit));
		return new TimeoutExceptionHolder(String.valueOf(failure.getMessage()));
	}

	private Path script(String name, String body) throws IOException {
		Path file = directory.resolve(name);
		Files.writeString(file, "#!/bin/sh\n" + body);
		assertTrue(file.toFile().setExecutable(true));
		return file;
	}

	/** The process whose pid the file holds has ended (within a deadline: a SIGKILL takes a moment). */
	private static void assertGone(Path pidFile) throws Exception {
		assertTrue(Files.exists(pidFile), "the script wrote " + pidFile);
		long pid = Long.parseLong(Files.readString(pidFile).strip());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (running(pid)) {
			if (System.nanoTime() > deadline) {
				ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
				throw new AssertionError("process " + pid + " outlived the run");
			}
			Thread.onSpinWait();
		}
	}

	/** Alive and not a zombie (an orphan killed here may wait a while for a late-reaping pid 1). */
	private static boolean running(long pid) {
		if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
		} catch (IOException e) {
			return false;
		}
	}
}
