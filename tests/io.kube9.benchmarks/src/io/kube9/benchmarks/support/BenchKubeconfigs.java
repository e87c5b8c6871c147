package io.kube9.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;

/**
 * Kubeconfigs for the benchmarks, made from the test cluster's: a copy of its own (writes go there, never into
 * the shared files), and ones with many contexts, half reachable (the cluster, as its admin), half not (every
 * other one refused, the rest blackholed: a listener that never answers).
 */
public final class BenchKubeconfigs {

	private final Map<String, Object> source;
	private final Path directory;
	private final Path original;

	private BenchKubeconfigs(Map<String, Object> source, Path directory, Path original) {
		this.source = source;
		this.directory = directory;
		this.original = original;
	}

	public static BenchKubeconfigs of(TestCluster cluster, Path directory) throws IOException {
		Files.createDirectories(directory);
		Path all = cluster.kubeconfigs().all();
		try (var reader = Files.newBufferedReader(all, StandardCharsets.UTF_8)) {
			Map<String, Object> document = new Yaml().load(reader);
			return new BenchKubeconfigs(document, directory, all);
		}
	}

	/** A private copy of the test cluster's kubeconfig (every context of {@link Contexts#ALL}). */
	public Path copy(String name) throws IOException {
		Path copy = directory.resolve(name);
		writePrivate(copy, Files.readString(original, StandardCharsets.UTF_8));
		return copy;
	}

	/** The name of the i-th context of a generated kubeconfig. */
	public static String contextName(int index) {
		return String.format(Locale.ROOT, "bench-%02d", index);
	}

	/** Whether the i-th context of a generated kubeconfig reaches the cluster (the even ones). */
	public static boolean reachable(int index) {
		return index % 2 == 0;
	}

	/**
	 * {@code count} contexts: even ones reach the cluster as admin in namespace {@code default}, odd ones are
	 * refused or blackholed in turn. The current context is {@code bench-00}.
	 */
	public Path generate(String name, int count) throws IOException {
		Map<String, Object> reachableCluster = clusterOf(Contexts.ADMIN);
		Map<String, Object> refused = clusterOf(Contexts.UNREACHABLE);
		Map<String, Object> blackhole = clusterOf(Contexts.BLACKHOLE);
		List<Object> contexts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String cluster = reachable(i) ? name(reachableCluster) : i % 4 == 1 ? name(refused) : name(blackhole);
			Map<String, Object> context = new LinkedHashMap<>();
			context.put("cluster", cluster);
			context.put("user", userOf(Contexts.ADMIN));
			context.put("namespace", "default");
			contexts.add(Map.of("name", contextName(i), "context", context));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("apiVersion", "v1");
		document.put("kind", "Config");
		document.put("current-context", contextName(0));
		document.put("clusters", List.of(reachableCluster, refused, blackhole));
		document.put("users", List.of(entry("users", userOf(Contexts.ADMIN))));
		document.put("contexts", contexts);
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		Path file = directory.resolve(name);
		writePrivate(file, new Yaml(options).dump(document));
		return file;
	}

	private Map<String, Object> clusterOf(String context) {
		return entry("clusters", (String) contextEntry(context).get("cluster"));
	}

	private String userOf(String context) {
		return (String) contextEntry(context).get("user");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> contextEntry(String context) {
		return (Map<String, Object>) entry("contexts", context).get("context");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> entry(String section, String name) {
		for (Object item : (List<Object>) source.get(section)) {
			Map<String, Object> entry = (Map<String, Object>) item;
			if (name.equals(entry.get("name"))) {
				return entry;
			}
		}
		throw new IllegalStateException("no " + section + " entry " + name + " in the test kubeconfig");
	}

	private static String name(Map<String, Object> entry) {
		return (String) entry.get("name");
	}

	private static void writePrivate(Path file, String content) throws IOException {
		Files.deleteIfExists(file);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}
}
