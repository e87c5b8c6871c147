package io.kube9.tests.cluster;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.kube9.tests.cluster.internal.Names;
import io.kube9.tests.cluster.internal.Poll;
import io.kube9.tests.cluster.internal.ServiceAccounts;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * A namespace a test owns, removed again with everything in it on close, so a shared cluster keeps matching
 * the seed. Created ready for pods (its default service account exists) and with the ConfigMap the
 * controller-manager publishes into every namespace ({@link DemoSeed#ROOT_CA_CONFIGMAP}). Closing deletes it the ordinary way
 * (the namespace controller removes its content) and force-deletes its pods meanwhile: the controller starts
 * 5 s after the delete, and pods still shutting down then would make it wait half their grace period more.
 */
public final class TemporaryNamespace implements AutoCloseable {

	public static final String LABEL = "kube9-test/temporary";
	private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration DELETE_TIMEOUT = Duration.ofSeconds(60);

	private final ApiClient admin;
	private final String name;

	private TemporaryNamespace(ApiClient admin, String name) {
		this.admin = admin;
		this.name = name;
	}

	static TemporaryNamespace create(ApiClient admin, String prefix) throws ApiException, InterruptedException {
		String name = prefix + "-" + Names.suffix(prefix + System.nanoTime(), 5);
		CoreV1Api core = new CoreV1Api(admin);
		core.createNamespace(new V1Namespace().metadata(new V1ObjectMeta().name(name).putLabelsItem(LABEL, "true")))
				.execute();
		ServiceAccounts.awaitDefault(core, name, READY_TIMEOUT);
		awaitRootCa(core, name);
		return new TemporaryNamespace(admin, name);
	}

	/** The controller-manager publishes the cluster CA into every namespace; a test's listings start after it. */
	private static void awaitRootCa(CoreV1Api core, String name) throws InterruptedException {
		try {
			Poll.until(DemoSeed.ROOT_CA_CONFIGMAP + " in " + name, READY_TIMEOUT, Duration.ofMillis(50), () -> {
				try {
					core.readNamespacedConfigMap(DemoSeed.ROOT_CA_CONFIGMAP, name).execute();
					return Boolean.TRUE;
				} catch (ApiException e) {
					if (e.getCode() == 404) {
						return null;
					}
					throw e;
				}
			});
		} catch (TimeoutException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	public String name() {
		return name;
	}

	@Override
	public void close() throws ApiException {
		CoreV1Api core = new CoreV1Api(admin);
		// Terminating first: no controller can make new pods in it from now on.
		core.deleteNamespace(name).execute();
		core.deleteCollectionNamespacedPod(name).gracePeriodSeconds(0).execute();
		try {
			Poll.until("namespace " + name + " deleted", DELETE_TIMEOUT, Duration.ofMillis(100), () -> {
				try {
					core.readNamespace(name).execute();
					return null;
				} catch (ApiException e) {
					if (e.getCode() == 404) {
						return Boolean.TRUE;
					}
					throw e;
				}
			});
		} catch (TimeoutException e) {
			throw new IllegalStateException(e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while deleting namespace " + name, e);
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
