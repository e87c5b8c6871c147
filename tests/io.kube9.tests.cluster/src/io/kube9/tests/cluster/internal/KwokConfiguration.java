package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;

/**
 * The file kwok reads once at start (--config): the stages that play the kubelet (kwok-stages.yaml next to
 * this class) and the debugging resources that say where each pod's logs, exec and port-forwards go
 * ({@link KubeletContent}). kwok matches ClusterLogs by namespace and pod name only, so the demo's containers
 * are told apart by their names; rules are tried in order, the last one catches every other container.
 */
public final class KwokConfiguration {

	private static final String API_VERSION = "kwok.x-k8s.io/v1alpha1";
	private static final String STAGES = "kwok-stages.yaml";
	private static final int POD_STAGE_PARALLELISM = 16;

	private KwokConfiguration() {
	}

	public static void write(ClusterFiles files, int podBackendPort) throws IOException {
		List<Object> documents = new ArrayList<>();
		documents.add(Map.of("apiVersion", "config.kwok.x-k8s.io/v1alpha1", "kind", "KwokConfiguration", "options",
				options()));
		documents.add(clusterLogs("kube9-streaming", KubeletContent.STREAMING.where(),
				log(KubeletContent.STREAMING.where(), PodFiles.streamingLog(files).toString(), null)));
		documents.add(clusterLogs("kube9-crashing", KubeletContent.CRASHING.where(),
				log(KubeletContent.CRASHING.where(), PodFiles.crashingLog(files).toString(),
						PodFiles.crashingPreviousLog(files).toString())));
		documents.add(clusterLogs("kube9-large", KubeletContent.LARGE.where(),
				log(KubeletContent.LARGE.where(), PodFiles.largeLog(files).toString(), null)));
		documents.add(document("ClusterLogs", "kube9-default",
				Map.of("logs", List.of(Map.of("logsFile", PodFiles.defaultLog(files).toString())))));
		String sandbox = files.sandbox().toString();
		documents.add(document("ClusterExec", "kube9-sandbox", Map.of("execs", List.of(Map.of("local",
				Map.of("workDir", sandbox, "envs", List.of(env("HOME", sandbox), env("PS1", "$ "),
						env("TERM", "xterm"), env("KUBE9_SANDBOX", sandbox))))))));
		documents.add(document("ClusterPortForward", "kube9-backend", Map.of("forwards",
				List.of(Map.of("target", Map.of("address", "127.0.0.1", "port", podBackendPort))))));

		String configuration;
		try (InputStream stages = KwokConfiguration.class.getResourceAsStream(STAGES)) {
			if (stages == null) {
				throw new IOException(STAGES + " is missing from the test-cluster bundle");
			}
			configuration = new String(stages.readAllBytes(), StandardCharsets.UTF_8) + "\n---\n"
					+ Yamls.dumpAll(documents);
		}
		Files.createDirectories(files.kwokWorkDirectory());
		Files.writeString(files.kwokConfiguration(), configuration, StandardCharsets.UTF_8);
	}

	/**
	 * kwok plays 4 pod stages at a time by default: with thousands of new pods it fell far behind the seed. A
	 * configuration file gets none of kwok's defaults, so every option the flags do not set is here, at its
	 * default but for the pod stages (and profiling, which nobody uses here).
	 */
	private static Map<String, Object> options() {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("podPlayStageParallelism", POD_STAGE_PARALLELISM);
		options.put("nodePlayStageParallelism", 4);
		options.put("nodeLeaseParallelism", 4);
		options.put("podsOnNodeSyncParallelism", 1);
		options.put("enablePodsOnNodeSyncListPager", true);
		options.put("enablePodsOnNodeSyncStreamWatch", false);
		options.put("enableDebuggingHandlers", true);
		options.put("enableProfilingHandler", false);
		options.put("enableContentionProfiling", false);
		return options;
	}

	private static Map<String, Object> clusterLogs(String name, Container where, Map<String, Object> log) {
		return document("ClusterLogs", name,
				Map.of("selector", Map.of("matchNamespaces", List.of(where.namespace())), "logs", List.of(log)));
	}

	private static Map<String, Object> log(Container where, String file, String previousFile) {
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("containers", List.of(where.container()));
		log.put("logsFile", file);
		if (previousFile != null) {
			log.put("previousLogsFile", previousFile);
		}
		return log;
	}

	private static Map<String, Object> env(String name, String value) {
		return Map.of("name", name, "value", value);
	}

	private static Map<String, Object> document(String kind, String name, Map<String, Object> spec) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("apiVersion", API_VERSION);
		document.put("kind", kind);
		document.put("metadata", Map.of("name", name));
		document.put("spec", spec);
		return document;
	}
}
