package io.kube9.core.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.kube9.tests.cluster.TestCluster;

/**
 * A kubeconfig file of the core tests' own, listed before the test cluster's file in the kubeconfig list: its
 * contexts may name the clusters and users the test cluster wrote ({@link #clusterOf}, {@link #userOf}), and it
 * adds entries and credential plugin scripts of its own.
 */
final class ExtraKubeconfig {

	private final Map<String, Map<String, Object>> clusterContexts;
	private final Map<String, Map<String, Object>> clusterUsers;
	private final List<Object> clusters = new ArrayList<>();
	private final List<Object> users = new ArrayList<>();
	private final List<Object> contexts = new ArrayList<>();

	@SuppressWarnings("unchecked")
	ExtraKubeconfig(TestCluster cluster) throws IOException {
		Map<String, Object> all = new Yaml().load(Files.readString(cluster.kubeconfigs().all()));
		clusterContexts = new LinkedHashMap<>();
		for (Object entry : (List<Object>) all.get("contexts")) {
			Map<String, Object> context = (Map<String, Object>) entry;
			clusterContexts.put((String) context.get("name"), (Map<String, Object>) context.get("context"));
		}
		clusterUsers = new LinkedHashMap<>();
		for (Object entry : (List<Object>) all.get("users")) {
			Map<String, Object> user = (Map<String, Object>) entry;
			clusterUsers.put((String) user.get("name"), (Map<String, Object>) user.get("user"));
		}
	}

	/** The cluster entry a context of the test cluster's kubeconfig uses. */
	String clusterOf(String testContext) {
		return (String) clusterContexts.get(testContext).get("cluster");
	}

	/** The user entry a context of the test cluster's kubeconfig uses. */
	String userOf(String testContext) {
		return (String) clusterContexts.get(testContext).get("user");
	}

	/** The static token of a user entry the test cluster wrote (to put it somewhere else: a token file). */
	String tokenOf(String testUser) {
		return (String) clusterUsers.get(testUser).get("token");
	}

	ExtraKubeconfig context(String name, String cluster, String user) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cluster", cluster);
		if (user != null) {
			body.put("user", user);
		}
		contexts.add(Map.of("name", name, "context", body));
		return this;
	}

	ExtraKubeconfig cluster(String name, Map<String, Object> body) {
		clusters.add(Map.of("name", name, "cluster", body));
		return this;
	}

	ExtraKubeconfig user(String name, Map<String, Object> body) {
		users.add(Map.of("name", name, "user", body));
		return this;
	}

	/** A user whose credentials come from an exec plugin (v1) running {@code command}. */
	ExtraKubeconfig execUser(String name, Path command) {
		return user(name, Map.of("exec", Map.of("apiVersion", "client.authentication.k8s.io/v1", "command",
				command.toString(), "interactiveMode", "Never")));
	}

	Path write(Path file) throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("apiVersion", "v1");
		document.put("kind", "Config");
		document.put("clusters", clusters);
		document.put("users", users);
		document.put("contexts", contexts);
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		Files.createDirectories(file.getParent());
		Files.writeString(file, new Yaml(options).dump(document), StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	/** An executable shell script. */
	static Path script(Path file, String body) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
		return file;
	}
}
