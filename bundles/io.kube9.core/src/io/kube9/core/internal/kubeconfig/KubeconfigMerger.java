package io.kube9.core.internal.kubeconfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * Merges files by kubectl's rules: the first file that defines a cluster, user or context name wins (later
 * definitions are dropped without a word, as kubectl does), and current-context comes from the first file that
 * sets one. Cluster and user of one context may come from different files.
 */
public final class KubeconfigMerger {

	private KubeconfigMerger() {
	}

	public static MergedKubeconfig merge(List<KubeconfigFile> files, List<KubeconfigProblem> extraProblems,
			InClusterConfig inCluster) {
		Map<String, NamedEntry> clusters = new LinkedHashMap<>();
		Map<String, NamedEntry> users = new LinkedHashMap<>();
		Map<String, NamedEntry> contexts = new LinkedHashMap<>();
		String current = null;
		Path currentFile = null;
		List<KubeconfigProblem> problems = new ArrayList<>(extraProblems);
		for (KubeconfigFile file : files) {
			file.clusters().forEach(entry -> clusters.putIfAbsent(entry.name(), entry));
			file.users().forEach(entry -> users.putIfAbsent(entry.name(), entry));
			file.contexts().forEach(entry -> contexts.putIfAbsent(entry.name(), entry));
			if (current == null && file.currentContext() != null) {
				current = file.currentContext();
				currentFile = file.file();
			}
			problems.addAll(file.problems());
		}
		List<ContextEntries> merged = new ArrayList<>();
		for (NamedEntry context : contexts.values()) {
			merged.add(entries(context, clusters, users));
		}
		if (inCluster != null) {
			merged.add(inClusterEntries(inCluster));
			if (current == null) {
				current = InClusterConfig.NAME;
			}
		}
		return new MergedKubeconfig(files.stream().map(KubeconfigFile::file).toList(),
				files.stream().filter(KubeconfigFile::unusable).map(KubeconfigFile::file).toList(),
				files.stream().filter(KubeconfigFile::hasContent).map(KubeconfigFile::file).toList(), merged, current,
				currentFile, problems, inCluster);
	}

	private static ContextEntries entries(NamedEntry context, Map<String, NamedEntry> clusters,
			Map<String, NamedEntry> users) {
		String clusterName = orEmpty(YamlValues.string(context.body(), "cluster"));
		String userName = orEmpty(YamlValues.string(context.body(), "user"));
		String namespace = YamlValues.string(context.body(), "namespace");
		NamedEntry cluster = clusters.get(clusterName);
		NamedEntry user = userName.isEmpty() ? null : users.get(userName);
		KubeconfigProblem problem = ContextChecks.check(context, cluster, user);
		Map<String, Object> clusterBody = cluster == null ? Map.of() : cluster.body();
		String server = orEmpty(YamlValues.string(clusterBody, "server"));
		KubeContext value = new KubeContext(context.name(), clusterName, server, userName,
				namespace == null || namespace.isEmpty() ? null : namespace, context.file(), problem,
				ContextChecks.insecure(clusterBody));
		return new ContextEntries(value, clusterBody, user == null ? Map.of() : user.body());
	}

	/** The context client-go synthesizes in a pod, checked like any other. */
	private static ContextEntries inClusterEntries(InClusterConfig config) {
		String name = InClusterConfig.NAME;
		Path directory = config.directory();
		NamedEntry cluster = new NamedEntry(name, Map.of("server", config.server(), EntryPaths.CERTIFICATE_AUTHORITY,
				config.caFile().toString()), directory, null);
		NamedEntry user = new NamedEntry(name, Map.of(EntryPaths.TOKEN_FILE, config.tokenFile().toString()), directory,
				null);
		NamedEntry context = new NamedEntry(name, Map.of("cluster", name, "user", name), directory, null);
		KubeconfigProblem problem = ContextChecks.check(context, cluster, user);
		KubeContext value = new KubeContext(name, name, config.server(), name, config.namespace(), directory, problem,
				false);
		return new ContextEntries(value, cluster.body(), user.body());
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
