package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared-cluster bookkeeping in a state directory: one sub-folder per data set and owner, found, checked
 * and reused by later JVMs, or (re)started; orphans of dead owners tidied away. Callers hold no lock; every
 * operation takes the directory's lock.
 */
public final class SharedClusters {

	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	/** Seeds and whatever else must happen under the lock, once the cluster runs. */
	@FunctionalInterface
	public interface Preparation<T> {
		T prepare(ClusterState state, boolean reused) throws Exception;
	}

	private SharedClusters() {
	}

	/**
	 * Finds the running cluster for {@code key} and {@code owner} and reuses it, or starts it; then runs the
	 * preparation, still under the lock. A failed preparation stops the cluster: half prepared helps nobody.
	 */
	public static <T> T acquire(Path base, String key, RecordedProcess owner, Preparation<T> preparation)
			throws Exception {
		try (StateLock lock = StateLock.acquire(base)) {
			removeOrphans(base);
			ClusterFiles files = new ClusterFiles(base.resolve(key + "-" + owner.pid()));
			Optional<ClusterState> existing = ClusterState.load(files);
			ClusterState state;
			boolean reused = existing.isPresent() && reusable(existing.get());
			if (reused) {
				state = existing.get();
				Log.info("reusing the shared test cluster on 127.0.0.1:%d (%s)", state.apiServerPort(),
						files.directory());
			} else {
				existing.ifPresent(stale -> stale.stopProcesses(STOP_GRACE));
				state = ClusterLauncher.start(files, Binaries.directory(), owner);
			}
			try {
				return preparation.prepare(state, reused);
			} catch (Exception | Error e) {
				state.stopProcesses(STOP_GRACE);
				throw e;
			}
		}
	}

	/** Started and seeded completely, owner and every server alive, and /readyz answers the admin. */
	static boolean reusable(ClusterState state) throws IOException, InterruptedException {
		boolean complete = ClusterState.PHASE_READY.equals(state.phase()) && state.seeding().isEmpty();
		boolean alive = state.owner().alive() && state.serversAlive();
		return complete && alive && AdminHttp.of(state.files()).ready(state.apiServerPort());
	}

	/**
	 * Stops the clusters in {@code base} (only those of {@code owner}, when given) and deletes their folders.
	 *
	 * @return how many were stopped
	 */
	public static int stop(Path base, Optional<Long> owner) throws IOException {
		if (!Files.isDirectory(base)) {
			return 0;
		}
		int stopped = 0;
		try (StateLock lock = StateLock.acquire(base)) {
			for (ClusterState state : states(base)) {
				if (owner.isEmpty() || owner.get() == state.owner().pid()) {
					stopAndDelete(state);
					stopped++;
				}
			}
		}
		return stopped;
	}

	/** Clusters whose owner is gone: their watchdogs kill them anyway; tidy up processes and folders. */
	private static void removeOrphans(Path base) throws IOException {
		for (ClusterState state : states(base)) {
			if (!state.owner().alive()) {
				stopAndDelete(state);
			}
		}
	}

	private static void stopAndDelete(ClusterState state) throws IOException {
		if (!state.stopProcesses(STOP_GRACE)) {
			throw new IOException("Could not stop every process of " + state.files().directory());
		}
		Directories.deleteRecursively(state.files().directory());
	}

	private static List<ClusterState> states(Path base) throws IOException {
		List<Path> directories;
		try (Stream<Path> children = Files.list(base)) {
			directories = children.filter(Files::isDirectory).toList();
		}
		List<ClusterState> states = new ArrayList<>();
		for (Path directory : directories) {
			ClusterState.load(new ClusterFiles(directory)).ifPresent(states::add);
		}
		return states;
	}
}
