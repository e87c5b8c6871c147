package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Settings;
import io.kube9.core.internal.client.ProcessRunner;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.kubeconfig.KubeconfigChange;

/**
 * The real kubectl and our writes on one file at once: hundreds of {@code kubectl config set-context} (new
 * contexts, and a field of an existing one) interleaved with Set as Active Namespace and Set as Current Context.
 * Afterwards every write of both sides is there; a reader sampling the file all along found it parsable whenever
 * no kubectl was at work (kubectl itself truncates, then writes: its own writes are not atomic), and no reload
 * published a context as removed.
 */
class KubectlConcurrentWritesTest {

	private static final int KUBECTL_WRITES = 200;
	private static final int OUR_WRITES = 200;
	private static final Duration KUBECTL_LIMIT = Duration.ofSeconds(30);
	private static final long SAMPLE_PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

	private static final String INITIAL = """
			apiVersion: v1
			kind: Config
			preferences: {}
			clusters:
			- name: c
			  cluster:
			    server: https://127.0.0.1:6443
			users:
			- name: u
			  user:
			    token: concurrent-writes-token
			contexts:
			- name: mine
			  context:
			    cluster: c
			    user: u
			- name: ours
			  context:
			    cluster: c
			    user: u
			current-context: ours
			""";

	@TempDir
	Path dir;

	private final AtomicInteger kubectlRunning = new AtomicInteger();
	private final AtomicLong kubectlStartsAndEnds = new AtomicLong();
	private final AtomicBoolean done = new AtomicBoolean();
	private DefaultKubeconfigService service;

	@AfterEach
	void close() {
		done.set(true);
		if (service != null) {
			service.close();
		}
	}

	@Test
	void everyWriteOfBothSidesIsPresentAndTheFileAlwaysParses() throws Exception {
		Path file = write(dir.resolve("config"), INITIAL);
		// Watching on, with a short debounce: reloads run while kubectl writes.
		service = new DefaultKubeconfigService(Settings::defaults, Kubeconfigs.withKubeconfig(dir, file),
				new AtomicFileWriter(), Duration.ofMillis(20));
		service.current();
		List<KubeconfigChange> removals = new CopyOnWriteArrayList<>();
		service.addListener(change -> {
			if (!change.removed().isEmpty()) {
				removals.add(change);
			}
		});

		Sampler sampler = new Sampler(file);
		CompletableFuture<Void> sampling = CompletableFuture.runAsync(sampler);
		CompletableFuture<List<String>> kubectl = CompletableFuture.supplyAsync(() -> kubectlWrites(file, sampler));

		String lastCurrent = "ours";
		for (int j = 0; j < OUR_WRITES; j++) {
			service.setActiveNamespace("ours", "ours-ns-" + j);
			if (j % 10 == 0) {
				lastCurrent = j % 20 == 0 ? "mine" : "ours";
				service.setCurrentContext(lastCurrent);
			}
		}
		List<String> kubectlFailures = kubectl.get(10, TimeUnit.MINUTES);
		done.set(true);
		sampling.get(1, TimeUnit.MINUTES);

		assertEquals(List.of(), kubectlFailures, "kubectl's writes all went through");
		Map<String, String> namespaces = namespaces(Files.readString(file));
		List<String> lost = new ArrayList<>();
		for (int i = 0; i < KUBECTL_WRITES; i += 2) {
			if (!("k-ns-" + i).equals(namespaces.get("k-" + i))) {
				lost.add("k-" + i + "=" + namespaces.get("k-" + i));
			}
		}
		assertEquals(List.of(), lost, "every context kubectl created is there, with its namespace");
		assertEquals("mine-ns-" + (KUBECTL_WRITES - 1), namespaces.get("mine"), "kubectl's last field write");
		assertEquals("ours-ns-" + (OUR_WRITES - 1), namespaces.get("ours"), "our last namespace write");
		assertTrue(Files.readString(file).contains("current-context: " + lastCurrent + "\n"));
		assertFalse(Files.exists(KubeconfigLock.lockFileOf(file)), "no lock left behind");

		assertEquals(List.of(), sampler.brokenWhileQuiet, "the file parsed whenever no kubectl was writing");
		assertTrue(sampler.quietSamples.get() >= KUBECTL_WRITES, "a quiet sample between kubectl runs: "
				+ sampler.quietSamples.get());
		System.out.printf("kubectl concurrent writes: %d samples, %d while kubectl was quiet, %d unparsable while it"
				+ " wrote (its own truncate-then-write)%n", sampler.samples.get(), sampler.quietSamples.get(),
				sampler.brokenWhileKubectlWrote.get());
		assertEquals(List.of(), removals, "no reload published a context as removed");
	}

	/** Even runs create context k-i, odd runs set the namespace of 'mine'; a run that meets a lock tries again. */
	private List<String> kubectlWrites(Path file, Sampler sampler) {
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < KUBECTL_WRITES; i++) {
			sampler.awaitQuietSample();
			List<String> command = i % 2 == 0
					? List.of("kubectl", "--kubeconfig", file.toString(), "config", "set-context", "k-" + i,
							"--cluster=c", "--user=u", "--namespace=k-ns-" + i)
					: List.of("kubectl", "--kubeconfig", file.toString(), "config", "set-context", "mine",
							"--namespace=mine-ns-" + i);
			for (int attempt = 0;; attempt++) {
				ProcessRunner.Result result = runKubectl(command);
				if (result.exitCode() == 0) {
					break;
				}
				// kubectl does not wait for a lock: "error: open .../config.lock: file exists". It is retried.
				if (!result.stderr().contains(".lock") || attempt > 1000) {
					failures.add(String.join(" ", command) + ": " + result.stderr());
					break;
				}
			}
		}
		return failures;
	}

	private ProcessRunner.Result runKubectl(List<String> command) {
		kubectlRunning.incrementAndGet();
		kubectlStartsAndEnds.incrementAndGet();
		try {
			return ProcessRunner.run(command, Map.of("HOME", dir.toString(), "PATH", System.getenv("PATH")),
					KUBECTL_LIMIT, CancellationSignal.none());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		} finally {
			kubectlStartsAndEnds.incrementAndGet();
			kubectlRunning.decrementAndGet();
		}
	}

	/** Reads the file in a loop; a sample taken while no kubectl process ran at all must parse. */
	private final class Sampler implements Runnable {
		final Path file;
		final AtomicLong samples = new AtomicLong();
		final AtomicLong quietSamples = new AtomicLong();
		final AtomicLong brokenWhileKubectlWrote = new AtomicLong();
		final List<String> brokenWhileQuiet = new CopyOnWriteArrayList<>();

		Sampler(Path file) {
			this.file = file;
		}

		/** Between two kubectl runs: lets the sampler see the file while only we write it. */
		void awaitQuietSample() {
			long seen = quietSamples.get();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (quietSamples.get() <= seen && System.nanoTime() < deadline && !done.get()) {
				LockSupport.parkNanos(SAMPLE_PAUSE_NANOS);
			}
		}

		@Override
		public void run() {
			while (!done.get()) {
				LockSupport.parkNanos(SAMPLE_PAUSE_NANOS); // a sampling rate, leaving the machine's cores to the writers
				long before = kubectlStartsAndEnds.get();
				boolean runningBefore = kubectlRunning.get() > 0;
				String text;
				try {
					text = Files.readString(file);
				} catch (Exception e) {
					text = "";
				}
				boolean quiet = !runningBefore && kubectlRunning.get() == 0 && kubectlStartsAndEnds.get() == before;
				boolean parses = KubeconfigFileEditor.hasContent(text);
				samples.incrementAndGet();
				if (quiet) {
					quietSamples.incrementAndGet();
					if (!parses) {
						brokenWhileQuiet.add(text.length() + " bytes");
					}
				} else if (!parses) {
					brokenWhileKubectlWrote.incrementAndGet();
				}
			}
		}
	}

	/** Context name → namespace, from the file's YAML. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> namespaces(String text) {
		Map<String, Object> root = KubeconfigYaml.newYaml().load(text);
		Map<String, String> namespaces = new LinkedHashMap<>();
		for (Object entry : (List<Object>) root.get("contexts")) {
			Map<String, Object> context = (Map<String, Object>) entry;
			Map<String, Object> body = (Map<String, Object>) context.get("context");
			namespaces.put(String.valueOf(context.get("name")), body == null ? null : (String) body.get("namespace"));
		}
		return namespaces;
	}
}
