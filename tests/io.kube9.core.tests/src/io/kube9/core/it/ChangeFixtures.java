package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.errors.KubeException;
import io.kube9.tests.cluster.Contexts;

/** Objects the change tests make, kubectl as another client would run it, and waiting on the cluster. */
final class ChangeFixtures {

	static final Duration DEADLINE = Duration.ofSeconds(60);

	private ChangeFixtures() {
	}

	/** A Deployment kwok runs (on the demo's nodes), with {@code replicas}. */
	static String deployment(String namespace, String name, int replicas) {
		return """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: %2$s
				  namespace: %1$s
				  labels:
				    app: %2$s
				spec:
				  replicas: %3$d
				  selector:
				    matchLabels:
				      app: %2$s
				  template:
				    metadata:
				      labels:
				        app: %2$s
				    spec:
				      nodeSelector:
				        kube9-seed: demo
				      containers:
				      - name: main
				        image: example.invalid/web:1
				""".formatted(namespace, name, replicas);
	}

	static String configMap(String namespace, String name, String value) {
		return """
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: %2$s
				  namespace: %1$s
				data:
				  key: %3$s
				""".formatted(namespace, name, value);
	}

	/** Creates what the text holds through the engine's own apply (so kube9 owns its fields). */
	static void create(Kube9Core engine, String text) throws KubeException {
		for (DocumentPreview document : engine.changes().previewDocuments(Contexts.ADMIN, text, null)) {
			assertNull(document.failure(), () -> document.object() + ": " + document.failure().getMessage() + " "
					+ document.failure().detail());
			engine.changes().apply(document.preview(), false, false);
		}
	}

	/**
	 * Creates a Deployment through the engine's apply and waits until its rollout completed, so that its
	 * controller has written what it writes on first sight (the revision annotation) before a test reads it.
	 */
	static void createDeployment(Kube9Core engine, String namespace, String name, int replicas) throws KubeException {
		create(engine, deployment(namespace, name, replicas));
		var result = engine.changes().awaitRollout(
				new io.kube9.core.resources.ResourceRef(Contexts.ADMIN, io.kube9.core.resources.ResourceKinds.DEPLOYMENTS,
						namespace, name),
				DEADLINE, () -> false, progress -> {
				});
		assertTrue(result.complete(), result.message());
	}

	/** Runs kubectl as the admin; its output. */
	static String kubectl(Path kubeconfig, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of("kubectl", "--kubeconfig", kubeconfig.toString(), "--context", Contexts.ADMIN));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes()).strip();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl ended");
		assertEquals(0, process.exitValue(), output);
		return output;
	}

	/** Waits until the condition holds, looking every 50 ms, failing after {@link #DEADLINE}. */
	static void eventually(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what);
			}
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
	}
}
