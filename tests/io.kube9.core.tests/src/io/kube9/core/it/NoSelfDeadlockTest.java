package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.common.base.Ticker;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.internal.kubeconfig.DefaultKubeconfigService;
import io.kube9.core.internal.kubeconfig.KubeEnvironment;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.status.ClusterStatus;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/**
 * More clusters checked and listed at once than the engine has threads, reachable ones among unreachable ones
 * and hanging credential plugins: nothing on the engine's executor waits for a task queued behind it, so every
 * check and listing ends, each within its own time limits, with its own classification.
 */
class NoSelfDeadlockTest {

	private static final int THREADS = 4;
	private static final Duration CONNECT = Duration.ofSeconds(1);
	private static final Duration REQUEST = Duration.ofSeconds(2);
	/** Far beyond what the slowest item may take (kubectl fallback after a hanging plugin: about 10 s). */
	private static final long DEADLINE_SECONDS = 120;

	@TempDir
	Path directory;

	@Test
	void moreClustersThanThreadsAllEndClassified() throws Exception {
		TestCluster cluster = SharedTestCluster.get();
		ExtraKubeconfig extra = new ExtraKubeconfig(cluster);
		Path hanging = ExtraKubeconfig.script(directory.resolve("hanging-plugin"), "exec sleep 120\n");
		extra.execUser("hanging", hanging);
		Map<String, ErrorKind> expected = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			extra.context("good-" + i, extra.clusterOf(Contexts.ADMIN), extra.userOf(Contexts.VIEWER));
			expected.put("good-" + i, null);
		}
		for (int i = 1; i <= 2; i++) {
			extra.context("blackhole-" + i, extra.clusterOf(Contexts.BLACKHOLE), extra.userOf(Contexts.VIEWER));
			expected.put("blackhole-" + i, ErrorKind.TIMEOUT);
			extra.context("refused-" + i, extra.clusterOf(Contexts.UNREACHABLE), extra.userOf(Contexts.VIEWER));
			expected.put("refused-" + i, ErrorKind.REFUSED);
			extra.context("hanging-" + i, extra.clusterOf(Contexts.ADMIN), "hanging");
			expected.put("hanging-" + i, ErrorKind.CREDENTIAL_PLUGIN);
		}
		Path file = extra.write(directory.resolve("config"));
		Settings settings = Settings.defaults().withKubeconfigFiles(List.of(file, cluster.kubeconfigs().all()))
				.withTimeouts(CONNECT, REQUEST);

		try (Kube9Core engine = new Kube9Core(settings,
				current -> new DefaultKubeconfigService(current, KubeEnvironment.system()), Executables.ofThisProcess(),
				Ticker.systemTicker(), Clock.systemUTC(), THREADS)) {
			Map<String, CompletableFuture<ClusterStatus>> checks = new LinkedHashMap<>();
			Map<String, CompletableFuture<ResourcePage>> listings = new LinkedHashMap<>();
			for (String context : expected.keySet()) {
				checks.put(context, engine.status().checkOnce(context));
				listings.put(context, engine.resources().listAsync(ResourceQuery.of(context, ResourceKinds.NAMESPACES),
						true));
			}
			List<String> wrong = new ArrayList<>();
			for (Map.Entry<String, ErrorKind> entry : expected.entrySet()) {
				String context = entry.getKey();
				ClusterStatus status = checks.get(context).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
				ErrorKind checked = status.connectivity().reachable() ? null : status.connectivity().error().kind();
				ErrorKind listed = listingFailure(listings.get(context));
				if (checked != entry.getValue() || listed != entry.getValue()) {
					wrong.add(context + ": check " + checked + describe(status) + ", listing " + listed);
				}
			}
			assertEquals(List.of(), wrong, "every context classified as its own");
			assertTrue(checks.get("good-1").join().connectivity().version().startsWith("v1."));
		}
	}

	private static ErrorKind listingFailure(CompletableFuture<ResourcePage> listing) throws Exception {
		try {
			assertTrue(!listing.get(DEADLINE_SECONDS, TimeUnit.SECONDS).items().isEmpty());
			return null;
		} catch (java.util.concurrent.ExecutionException e) {
			return e.getCause() instanceof KubeException kube ? kube.kind() : ErrorKind.UNKNOWN;
		}
	}

	private static String describe(ClusterStatus status) {
		KubeException error = status.connectivity().error();
		return error == null ? "" : " (" + error.getMessage() + ": " + error.detail() + ")";
	}
}
