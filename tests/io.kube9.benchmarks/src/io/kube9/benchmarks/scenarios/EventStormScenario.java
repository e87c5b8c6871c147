package io.kube9.benchmarks.scenarios;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.swt.widgets.Display;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Explorer;
import io.kube9.benchmarks.support.UiLoop;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.NamespaceMode;
import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kubernetes.client.openapi.ApiClient;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An event storm on an expanded listing in the real workbench: {@code updates} label patches of {@code pods} pods,
 * paced over {@code seconds}, while the Explorer shows them. Reports the UI thread's busiest second (its CPU time
 * in the worst one-second window), its longest stall, the events the engine applied, and how long after the last
 * patch the tree showed it.
 */
public final class EventStormScenario {

	private static final MediaType MERGE_PATCH = MediaType.get("application/merge-patch+json");

	private final Kube9Core core;
	private final Explorer explorer;
	private final ApiClient admin;
	private final Results results;

	public EventStormScenario(Kube9Core core, Explorer explorer, ApiClient admin, Results results) {
		this.core = core;
		this.explorer = explorer;
		this.admin = admin;
		this.results = results;
	}

	public void run(Path kubeconfig, String namespace, int pods, int updates, int seconds) throws Exception {
		ExecutorService writers = Executors.newFixedThreadPool(16);
		try {
			for (Future<?> created : submitAll(writers, pods, i -> createPod(namespace, "storm-" + i))) {
				created.get();
			}
			core.applySettings(Engines.settings(kubeconfig, Backend.API_CLIENT).withNamespaceMode(NamespaceMode.IDE_ONLY));
			core.setActiveNamespace(Contexts.ADMIN, namespace);
			explorer.open();
			ClusterNode cluster = new ClusterNode(Contexts.ADMIN);
			UiLoop.until("the cluster", () -> explorer.item(cluster) != null);
			explorer.expandAndWait(cluster);
			CategoryNode workloads = new CategoryNode(cluster, Category.WORKLOADS);
			explorer.expandAndWait(workloads);
			KindNode podsNode = new KindNode(workloads, io.kube9.core.resources.ResourceKinds.PODS);
			UiLoop.until(pods + " pods shown", () -> explorer.expandAndWait(podsNode).stream()
					.filter(ResourceNode.class::isInstance).count() == pods);
			UiLoop.settle();

			Display display = Display.getCurrent();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long uiThread = display.getThread().getId();
			long eventsBefore = core.live().statistics().events();
			StallWatchdog watchdog = StallWatchdog.start("the UI thread", display::asyncExec, display.getThread());
			AtomicLong done = new AtomicLong();
			long start = System.nanoTime();
			long intervalNanos = seconds * 1_000_000_000L / updates;
			List<Future<?>> patches = new ArrayList<>(updates);
			for (int i = 0; i < updates; i++) {
				int n = i;
				long due = start + n * intervalNanos;
				patches.add(writers.submit(() -> {
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					patchLabel(namespace, "storm-" + (n % pods), Integer.toString(n));
					done.incrementAndGet();
					return null;
				}));
			}
			// The UI thread's CPU, second by second, while the storm runs and the tree catches up.
			List<Long> cpuPerSecond = new ArrayList<>();
			long lastCpu = threads.getThreadCpuTime(uiThread);
			long nextSample = System.nanoTime() + 1_000_000_000L;
			String lastLabel = Integer.toString(updates - 1);
			String lastPod = "storm-" + ((updates - 1) % pods);
			long patchesEnded = -1;
			long shownAt = -1;
			long deadline = start + (seconds + 60) * 1_000_000_000L;
			while (System.nanoTime() < deadline) {
				UiLoop.dispatch();
				if (patchesEnded < 0 && patches.stream().allMatch(Future::isDone)) {
					patchesEnded = System.nanoTime();
				}
				if (patchesEnded >= 0 && shownAt < 0 && showsLabel(podsNode, lastPod, lastLabel)) {
					shownAt = System.nanoTime();
				}
				if (System.nanoTime() >= nextSample) {
					long cpu = threads.getThreadCpuTime(uiThread);
					cpuPerSecond.add(cpu - lastCpu);
					lastCpu = cpu;
					nextSample += 1_000_000_000L;
					if (shownAt >= 0) {
						break;
					}
				}
				LockSupport.parkNanos(2_000_000);
			}
			watchdog.close();
			// What held the UI thread: the figure alone does not say where to look.
			System.out.println("bench: event storm, the UI thread's longest stall (" + watchdog.longestStall().toMillis()
					+ " ms):\n" + watchdog.longestStallStack());
			long events = core.live().statistics().events() - eventsBefore;
			double busiest = cpuPerSecond.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
			double stormSeconds = (patchesEnded - start) / 1e9;
			String how = String.format(Locale.ROOT, "%d patches of %d pods in %.1f s (%.0f/s), %d events applied",
					done.get(), pods, stormSeconds, done.get() / stormSeconds, events);
			results.add(new Figure("live.storm.busiestSecond", "event storm: UI thread's busiest second", busiest,
					"ms CPU", how));
			results.add(new Figure("live.storm.longestStall", "event storm: UI thread's longest stall",
					watchdog.longestStall().toMillis(), "ms", how));
			results.add(new Figure("live.storm.catchUp", "event storm: last patch to the tree showing it",
					shownAt < 0 ? -1 : (shownAt - patchesEnded) / 1e6, "ms", shownAt < 0 ? "not shown in time" : how));
		} finally {
			writers.shutdownNow();
			explorer.close();
		}
	}

	private boolean showsLabel(KindNode podsNode, String pod, String value) {
		return explorer.shown(podsNode).stream().filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
				.anyMatch(node -> node.name().equals(pod) && node.item() != null
						&& value.equals(node.item().labels().get("storm")));
	}

	@FunctionalInterface
	private interface Task {
		void run(int i) throws Exception;
	}

	private static List<Future<?>> submitAll(ExecutorService executor, int count, Task task) {
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(executor.submit(() -> {
				task.run(n);
				return null;
			}));
		}
		return futures;
	}

	private void createPod(String namespace, String name) throws Exception {
		String pod = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\"},"
				+ "\"spec\":{\"containers\":[{\"name\":\"main\",\"image\":\"busybox\"}]}}";
		send(new Request.Builder().url(admin.getBasePath() + "/api/v1/namespaces/" + namespace + "/pods")
				.post(RequestBody.create(pod, MediaType.get("application/json"))).build());
	}

	private void patchLabel(String namespace, String name, String value) throws Exception {
		String patch = "{\"metadata\":{\"labels\":{\"storm\":\"" + value + "\"}}}";
		send(new Request.Builder().url(admin.getBasePath() + "/api/v1/namespaces/" + namespace + "/pods/" + name)
				.patch(RequestBody.create(patch, MERGE_PATCH)).build());
	}

	private void send(Request request) throws Exception {
		try (Response response = admin.getHttpClient().newCall(request).execute()) {
			if (!response.isSuccessful()) {
				throw new IllegalStateException(request.method() + " " + request.url() + ": " + response.code());
			}
		}
	}
}
