package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.withKubeconfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Settings;

/**
 * kill -9 lands on a process in the middle of our write of a kubeconfig file: the file holds the old or the new
 * content, byte for byte, every time; the lock and the temporary copy it leaves are cleaned up by the next write.
 */
class KilledWriteTest {

	private static final int ROUNDS = 12;
	/** Large (1.5 MB, under the YAML parser's limit), so that a write takes a while and the kill lands in it. */
	private static final int PADDING_LINES = 24_000;

	@TempDir
	Path dir;

	@Test
	void theFileIsTheOldOrTheNewContentAfterEveryKill() throws Exception {
		byte[] first = kubeconfig("first");
		byte[] second = kubeconfig("second");
		Path a = Files.write(dir.resolve("a.yaml"), first);
		Path b = Files.write(dir.resolve("b.yaml"), second);
		Path home = Files.createDirectories(dir.resolve("home"));
		Path file = Files.write(home.resolve("config"), first);
		Path classes = childClasses();
		Random random = new Random(42);
		int leftBehind = 0;
		for (int round = 0; round < ROUNDS; round++) {
			Process child = new ProcessBuilder(java(), "-cp", classes.toString(), KillableWriter.class.getName(),
					file.toString(), a.toString(), b.toString()).redirectErrorStream(true).start();
			try {
				awaitWrites(child.getInputStream(), 1 + random.nextInt(4));
				// Somewhere in the next write: it has just begun, and takes some milliseconds.
				LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(3000)));
			} finally {
				child.destroyForcibly(); // SIGKILL
				assertTrue(child.waitFor(30, TimeUnit.SECONDS));
			}
			byte[] now = Files.readAllBytes(file);
			if (!Arrays.equals(now, first) && !Arrays.equals(now, second)) {
				fail("round " + round + ": the file is neither the old nor the new content (" + now.length + " bytes)");
			}
			leftBehind += leftovers(home).isEmpty() ? 0 : 1;
		}
		System.out.printf("killed writes: %d rounds, %d left a lock or a temporary copy behind%n", ROUNDS, leftBehind);

		// The next write of the engine takes over the dead process's lock and removes its temporary copy.
		DefaultKubeconfigService service = new DefaultKubeconfigService(Settings::defaults,
				withKubeconfig(dir, file), new AtomicFileWriter(), Duration.ofSeconds(30), Duration.ofSeconds(5));
		try {
			service.setCurrentContext("second");
		} finally {
			service.close();
		}
		assertTrue(Files.readString(file).contains("current-context: second\n"));
		assertEquals(List.of(file), list(home), "no lock or temporary copy left");
	}

	private static byte[] kubeconfig(String name) {
		StringBuilder text = new StringBuilder("apiVersion: v1\nkind: Config\n");
		String padding = "# " + name + " ".repeat(60) + "\n";
		for (int i = 0; i < PADDING_LINES; i++) {
			text.append(padding);
		}
		text.append("""
				clusters:
				- name: c
				  cluster: {server: https://c:6443}
				contexts:
				- name: first
				  context: {cluster: c}
				- name: second
				  context: {cluster: c}
				current-context: %s
				""".formatted(name));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void awaitWrites(InputStream output, int writes) throws IOException {
		BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
		for (int seen = 0; seen < writes;) {
			String line = lines.readLine();
			if (line == null) {
				fail("the writer ended before it was killed");
			}
			if (line.startsWith("wrote ")) {
				seen++;
			}
		}
	}

	/** The child's classes, copied out of the bundles: they need nothing but the JDK. */
	private Path childClasses() throws IOException {
		Path classes = dir.resolve("classes");
		for (Class<?> type : List.of(KillableWriter.class, KubeconfigLock.class, KubeconfigLock.HeldException.class,
				AtomicFileWriter.class)) {
			String resource = type.getName().replace('.', '/') + ".class";
			Path target = classes.resolve(resource);
			Files.createDirectories(target.getParent());
			try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
				Files.copy(in, target);
			}
		}
		return classes;
	}

	private static String java() {
		return ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static List<Path> leftovers(Path directory) throws IOException {
		return list(directory).stream().filter(path -> !path.getFileName().toString().equals("config")).toList();
	}

	private static List<Path> list(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}
}
