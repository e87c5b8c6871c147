package io.kube9.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.internal.client.Executables.Platform;

/** The lookup's logic on a fake file system, and the login-shell probe with real scripts as shells. */
class ExecutablesTest {

	private static final Path HOME = Path.of("/home/dev");

	@TempDir
	Path directory;

	@Test
	void theLoginShellsPathIsSearchedAfterTheProcesssAndBeforeTheUsualPlaces() {
		Set<Path> files = Set.of(Path.of("/usr/bin/kubectl"), Path.of("/opt/cloud/bin/gke-gcloud-auth-plugin"),
				Path.of("/launcher/bin/kubectl"), Path.of("/opt/cloud/bin/kubectl"));
		Executables executables = new Executables(Map.of("PATH", "/launcher/bin:/usr/bin"), HOME, Platform.UNIX,
				files::contains, () -> Optional.of("/opt/cloud/bin:/usr/bin:/bin"));

		assertEquals(Optional.of(Path.of("/launcher/bin/kubectl")), executables.find("kubectl"));
		assertEquals(Optional.of(Path.of("/opt/cloud/bin/gke-gcloud-auth-plugin")),
				executables.find("gke-gcloud-auth-plugin"));
		assertEquals(Optional.empty(), executables.find("aws"));
		assertEquals("/launcher/bin:/usr/bin:/opt/cloud/bin:/bin:/usr/local/bin:/opt/homebrew/bin:/snap/bin"
				+ ":/home/dev/.local/bin:/home/dev/bin:/home/dev/.krew/bin:/home/dev/google-cloud-sdk/bin:/home/dev/go/bin",
				executables.pathVariable());
	}

	@Test
	void theLoginShellIsAskedOnceAndOnlyWhenAToolIsLookedFor() {
		AtomicInteger probes = new AtomicInteger();
		Executables executables = new Executables(Map.of("PATH", "/usr/bin"), HOME, Platform.UNIX, file -> false,
				() -> {
					probes.incrementAndGet();
					return Optional.empty();
				});
		assertEquals(0, probes.get(), "not asked while the engine is built");
		executables.find("kubectl");
		executables.find("kubelogin");
		executables.pathVariable();
		assertEquals(1, probes.get());
	}

	@Test
	void preparingAsksTheLoginShellOnceSoThatTheFirstKubectlCallDoesNot() {
		AtomicInteger probes = new AtomicInteger();
		Executables executables = new Executables(Map.of("PATH", "/usr/bin"), HOME, Platform.UNIX,
				Path.of("/usr/bin/kubectl")::equals, () -> {
					probes.incrementAndGet();
					return Optional.empty();
				});
		executables.prepare();
		assertEquals(1, probes.get());
		assertEquals(Optional.of(Path.of("/usr/bin/kubectl")), executables.find("kubectl"));
		executables.pathVariable();
		assertEquals(1, probes.get(), "the kubectl call after the warm-up runs no shell profile");
	}

	@Test
	void onWindowsNamesAreTriedWithPathext() {
		Set<Path> files = Set.of(Path.of("C:/tools/kubectl.EXE"), Path.of("C:/tools/kubelogin.cmd"),
				Path.of("C:/tools/plugin.ps1"));
		Executables executables = new Executables(Map.of("Path", "C:/bin;C:/tools", "PATHEXT", ".COM;.EXE;.BAT;.CMD"),
				Path.of("C:/Users/dev"), Platform.WINDOWS, file -> files.stream()
						.anyMatch(known -> known.toString().equalsIgnoreCase(file.toString())),
				Optional::empty);

		assertEquals("C:/tools/kubectl.exe", executables.find("kubectl").orElseThrow().toString());
		assertEquals("C:/tools/kubelogin.cmd", executables.find("kubelogin").orElseThrow().toString());
		assertEquals("C:/tools/kubectl.EXE", executables.find("kubectl.EXE").orElseThrow().toString());
		assertEquals(Optional.empty(), executables.find("plugin"), "a .ps1 is not in PATHEXT");
		assertEquals("C:/tools/kubectl.exe", executables.find("C:/tools/kubectl").orElseThrow().toString());
		assertTrue(executables.pathVariable().startsWith("C:/bin;C:/tools;"), executables.pathVariable());
		assertTrue(!executables.pathVariable().contains("/usr/bin"), "no Unix directories on Windows");
	}

	@Test
	void aProfileThatPrintsAGreetingStillYieldsThePath() throws Exception {
		Path shell = script("greeting-shell", """
				[ "$1" = "-l" ] && [ "$2" = "-c" ] || exit 9
				echo 'Welcome back! 3 updates available.'
				PATH=/opt/login/bin:$PATH
				eval "$3"
				echo 'bye'
				""");
		Optional<String> path = LoginShell.path(shell.toString(), Duration.ofSeconds(10));
		assertTrue(path.orElseThrow().startsWith("/opt/login/bin:"), path.toString());
	}

	@Test
	void aShellThatHangsGivesNothingWithinItsLimit() throws Exception {
		Path shell = script("hanging-shell", "exec sleep 120\n");
		long start = System.nanoTime();
		assertEquals(Optional.empty(), LoginShell.path(shell.toString(), Duration.ofSeconds(1)));
		assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(20)) < 0);
	}

	@Test
	void noShellNoProbe() {
		assertEquals(Optional.empty(), LoginShell.path(null));
		assertEquals(Optional.empty(), LoginShell.path(directory.resolve("no-such-shell").toString()));
	}

	@Test
	void theRealLoginShellAnswersWithAPath() {
		// /bin/sh as a login shell reads /etc/profile: the answer is a PATH, whatever the machine has in it.
		Optional<String> path = LoginShell.path("/bin/sh", Duration.ofSeconds(10));
		assertTrue(path.orElseThrow().contains("/bin"), path.toString());
	}

	private Path script(String name, String body) throws IOException {
		Path file = directory.resolve(name);
		Files.writeString(file, "#!/bin/sh\n" + body);
		assertTrue(file.toFile().setExecutable(true));
		return file;
	}
}
