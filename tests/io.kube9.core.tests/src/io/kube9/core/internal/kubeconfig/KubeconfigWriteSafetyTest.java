package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.read;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.withKubeconfig;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeconfigChange;
import io.kube9.tests.cluster.support.Conditions;

/**
 * Writes honour client-go's lock file, refuse read-only files, do not build on a half-written file, redo their
 * edit when the file changed meanwhile; a reload does not take a half-written file for removed contexts.
 */
class KubeconfigWriteSafetyTest {

	private static final String CONFIG = """
			apiVersion: v1
			kind: Config
			clusters:
			- name: c
			  cluster: {server: https://c:6443}
			users:
			- name: u
			  user: {token: t0k3n-abcdef}
			contexts:
			- name: dev
			  context: {cluster: c, user: u}
			- name: ops
			  context: {cluster: c, user: u, namespace: kube-system}
			current-context: dev
			""";

	@TempDir
	Path dir;

	private final List<KubeconfigChange> changes = new CopyOnWriteArrayList<>();
	private DefaultKubeconfigService service;

	@AfterEach
	void close() {
		if (service != null) {
			service.close();
		}
	}

	private DefaultKubeconfigService start(Path file, Duration lockWait) {
		AtomicReference<Settings> settings = new AtomicReference<>(Settings.defaults());
		service = new DefaultKubeconfigService(settings::get, withKubeconfig(dir, file), new AtomicFileWriter(),
				Duration.ofSeconds(30), lockWait);
		service.current();
		service.addListener(changes::add);
		return service;
	}

	@Test
	void aWriteWaitsForKubectlsLockAndReleasesItsOwn() throws Exception {
		Path file = write(dir.resolve("config"), CONFIG);
		Path lock = Files.createFile(dir.resolve("config.lock")); // kubectl's: empty
		start(file, Duration.ofSeconds(60));

		CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> setNamespace("dev", "team-a"));
		awaitParkedIn(KubeconfigLock.class);
		assertEquals(CONFIG, read(file), "nothing written while kubectl holds the lock");

		Files.delete(lock);
		writing.get(30, TimeUnit.SECONDS);
		assertTrue(read(file).contains("namespace: team-a"));
		assertFalse(Files.exists(lock), "our lock is gone again");
	}

	@Test
	void aLockThatStaysIsAClearErrorAndNothingIsWritten() throws Exception {
		Path file = write(dir.resolve("config"), CONFIG);
		Path lock = Files.createFile(dir.resolve("config.lock"));
		start(file, Duration.ofMillis(300));

		KubeException error = assertThrows(KubeException.class, () -> service.setActiveNamespace("dev", "team-a"));
		assertEquals(ErrorKind.KUBECONFIG, error.kind());
		assertTrue(error.getMessage().contains("lock file exists"), error.getMessage());
		assertTrue(error.action().contains(lock.toString()), error.action());
		assertEquals(CONFIG, read(file));
		assertTrue(Files.exists(lock), "kubectl's lock is not ours to remove");
	}

	@Test
	void aLockOfOursLeftByAProcessThatIsGoneIsTakenOver() throws Exception {
		Path file = write(dir.resolve("config"), CONFIG);
		long gone = new ProcessBuilder("true").start().onExit().get(30, TimeUnit.SECONDS).pid();
		Files.writeString(dir.resolve("config.lock"), "kube9 " + gone + " 2001-01-01T00:00:00Z\n");
		start(file, Duration.ofMillis(300));

		service.setActiveNamespace("dev", "team-a");
		assertTrue(read(file).contains("namespace: team-a"));
		assertFalse(Files.exists(dir.resolve("config.lock")));
	}

	@Test
	void aReadOnlyFileIsAClearErrorAndStaysAsItWas() throws Exception {
		Path file = write(dir.resolve("config"), CONFIG);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		start(file, Duration.ofSeconds(5));

		KubeException error = assertThrows(KubeException.class, () -> service.setActiveNamespace("dev", "team-a"));
		assertEquals(ErrorKind.KUBECONFIG, error.kind());
		assertTrue(error.getMessage().contains("read-only"), error.getMessage());
		assertArrayEquals(CONFIG.getBytes(), Files.readAllBytes(file));
		assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals(List.of(file), list(dir), "no lock or temporary file left");
	}

	@Test
	void aSymlinkStaysALinkItsTargetIsWrittenAndTheLockIsKubectls() throws Exception {
		Path target = write(dir.resolve("dotfiles/kubeconfig"), CONFIG);
		Path link = Files.createSymbolicLink(dir.resolve("config"), target);
		Files.createFile(dir.resolve("config.lock")); // kubectl locks the path it was given: the link's
		start(link, Duration.ofMillis(300));

		assertThrows(KubeException.class, () -> service.setCurrentContext("ops"), "the link's lock is honoured");
		Files.delete(dir.resolve("config.lock"));
		service.setCurrentContext("ops");

		assertTrue(Files.isSymbolicLink(link));
		assertEquals(target, Files.readSymbolicLink(link));
		assertEquals(CONFIG.replace("current-context: dev", "current-context: ops"), read(target));
	}

	@Test
	void anEditIsRedoneOnTheNewTextWhenTheFileChangedMeanwhile() throws Exception {
		Path file = write(dir.resolve("config"), CONFIG);
		KubeconfigFileEditor editor = new KubeconfigFileEditor(new AtomicFileWriter(), Duration.ofSeconds(5));
		int[] edits = { 0 };
		editor.edit(file, true, "dev", "the namespace", text -> {
			if (edits[0]++ == 0) {
				// An editor that knows nothing of locks saves while we edit.
				write(file, text.replace("namespace: kube-system", "namespace: monitoring"));
			}
			return KubeconfigEdits.withContextNamespace(text, "dev", "team-a");
		});

		assertEquals(2, edits[0]);
		String result = read(file);
		assertTrue(result.contains("namespace: monitoring"), "the other writer's change stays: " + result);
		assertTrue(result.contains("context: {cluster: c, user: u, namespace: team-a}"), result);
	}

	@Test
	void aFileThatReadsEmptyAfterHavingContentIsNotWrittenOver() throws Exception {
		Path file = write(dir.resolve("config"), "");
		KubeconfigFileEditor editor = new KubeconfigFileEditor(new AtomicFileWriter(), Duration.ofSeconds(5));

		KubeException error = assertThrows(KubeException.class, () -> editor.edit(file, true, "dev",
				"the current context", text -> KubeconfigEdits.withCurrentContext(text, "dev")));
		assertTrue(error.getMessage().contains("reads empty or unparsable"), error.getMessage());
		assertEquals("", read(file));
		// A file that never had content may be written: kubectl writes current-context into an empty file too.
		editor.edit(file, false, "dev", "the current context", text -> KubeconfigEdits.withCurrentContext(text, "dev"));
		assertEquals("current-context: dev\n", read(file));
	}

	@Test
	void aReloadThatCatchesAFileHalfWrittenWaitsForTheRest() throws Exception {
		Path file = write(dir.resolve("config"), CONFIG);
		start(file, Duration.ofSeconds(5));

		write(file, CONFIG.substring(0, 25)); // cut off mid-write, as kubectl's truncate-then-write leaves it
		CompletableFuture<Void> reload = CompletableFuture.runAsync(() -> service.reload());
		awaitParkedIn(DefaultKubeconfigService.class);
		write(file, CONFIG.replace("namespace: kube-system", "namespace: monitoring"));
		reload.get(30, TimeUnit.SECONDS);

		assertEquals(List.of(), changes.stream().filter(change -> !change.removed().isEmpty()).toList(),
				"no context was published as removed");
		assertEquals(Set.of("ops"), changes.get(changes.size() - 1).changed());
	}

	private void setNamespace(String context, String namespace) {
		try {
			service.setActiveNamespace(context, namespace);
		} catch (KubeException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Waits (with a deadline) until some thread sleeps in a method of {@code owner}: it waits as it should. */
	private static void awaitParkedIn(Class<?> owner) throws InterruptedException {
		Conditions.await("a wait in " + owner.getSimpleName(), Duration.ofSeconds(30),
				() -> Thread.getAllStackTraces().entrySet().stream()
						.anyMatch(entry -> entry.getKey().getState() == Thread.State.TIMED_WAITING && Stream
								.of(entry.getValue()).anyMatch(frame -> frame.getClassName().equals(owner.getName()))));
	}

	private static List<Path> list(Path directory) throws Exception {
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}
}
