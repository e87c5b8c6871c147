package io.kube9.core.internal.kubeconfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child process of {@link KilledWriteTest}: writes a kubeconfig file the way the engine does (lock, atomic
 * replace, unlock), alternating two contents for ever, and says so after each write, until it is killed.
 */
public final class KillableWriter {

	private KillableWriter() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		byte[][] contents = { Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2])) };
		AtomicFileWriter writer = new AtomicFileWriter();
		for (long written = 1;; written++) {
			try (KubeconfigLock lock = KubeconfigLock.acquire(file, Duration.ofSeconds(30))) {
				writer.write(file, contents[(int) (written % 2)]);
			}
			System.out.println("wrote " + written);
			System.out.flush();
		}
	}
}
