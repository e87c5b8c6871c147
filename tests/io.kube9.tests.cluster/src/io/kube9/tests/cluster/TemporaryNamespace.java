package io.kube9.tests.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.kube9.tests.cluster.internal.Names;
import io.kube9.tests.cluster.internal.Poll;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.BatchV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.NetworkingV1Api;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NamespaceSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;

/**
 * A namespace a test owns, removed again on close. No namespace controller or garbage collector runs here: a
 * plain delete would leave the namespace Terminating forever and its objects behind. So close() deletes the
 * common kinds inside first, then clears the namespace's finalizer and deletes it. Kinds it does not know
 * (custom resources, roles, ...) are the test's to delete.
 */
public final class TemporaryNamespace implements AutoCloseable {

	public static final String LABEL = "kube9-test/temporary";
	private static final Duration DELETE_TIMEOUT = Duration.ofSeconds(20);

	private final ApiClient admin;
	private final String name;

	private TemporaryNamespace(ApiClient admin, String name) {
		this.admin = admin;
		this.name = name;
	}

	static TemporaryNamespace create(ApiClient admin, String prefix) throws ApiException {
		String name = prefix + "-" + Names.suffix(prefix + System.nanoTime(), 5);
		new CoreV1Api(admin).createNamespace(new V1Namespace()
				.metadata(new V1ObjectMeta().name(name).putLabelsItem(LABEL, "true"))).execute();
		return new TemporaryNamespace(admin, name);
	}

	public String name() {
		return name;
	}

	@Override
	public void close() throws ApiException {
		CoreV1Api core = new CoreV1Api(admin);
		AppsV1Api apps = new AppsV1Api(admin);
		BatchV1Api batch = new BatchV1Api(admin);
		NetworkingV1Api networking = new NetworkingV1Api(admin);
		core.deleteCollectionNamespacedPod(name).gracePeriodSeconds(0).execute();
		core.deleteCollectionNamespacedConfigMap(name).execute();
		core.deleteCollectionNamespacedSecret(name).execute();
		core.deleteCollectionNamespacedService(name).execute();
		apps.deleteCollectionNamespacedDeployment(name).execute();
		apps.deleteCollectionNamespacedReplicaSet(name).execute();
		apps.deleteCollectionNamespacedStatefulSet(name).execute();
		apps.deleteCollectionNamespacedDaemonSet(name).execute();
		batch.deleteCollectionNamespacedJob(name).execute();
		batch.deleteCollectionNamespacedCronJob(name).execute();
		networking.deleteCollectionNamespacedIngress(name).execute();
		// The pvc-protection finalizer is removed by a controller that does not run; remove it here.
		for (V1PersistentVolumeClaim claim : core.listNamespacedPersistentVolumeClaim(name).execute().getItems()) {
			claim.getMetadata().setFinalizers(new ArrayList<>());
			core.replaceNamespacedPersistentVolumeClaim(claim.getMetadata().getName(), name, claim).execute();
		}
		core.deleteCollectionNamespacedPersistentVolumeClaim(name).execute();

		// Delete only marks the namespace Terminating; clearing its finalizer (the namespace controller's job)
		// lets the API server remove it.
		core.deleteNamespace(name).execute();
		V1Namespace namespace = core.readNamespace(name).execute();
		namespace.spec(new V1NamespaceSpec().finalizers(List.of()));
		core.replaceNamespaceFinalize(name, namespace).execute();
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
