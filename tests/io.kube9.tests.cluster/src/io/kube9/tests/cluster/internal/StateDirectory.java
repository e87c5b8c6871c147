package io.kube9.tests.cluster.internal;

import java.nio.file.Path;

/** Where shared test clusters keep their state: one folder per user, so users on one machine do not collide. */
public final class StateDirectory {

	public static final String PROPERTY = "kube9.testCluster.dir";

	private StateDirectory() {
	}

	public static Path base() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "kube9-test-cluster-" + System.getProperty("user.name"));
	}
}
