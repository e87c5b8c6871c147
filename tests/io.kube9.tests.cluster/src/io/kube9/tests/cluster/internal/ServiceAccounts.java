package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/**
 * The ServiceAccount admission admits a pod only once its namespace's default service account exists, which
 * the controller-manager makes a moment after the namespace. Controllers retry; seeds and tests wait.
 */
public final class ServiceAccounts {

	private ServiceAccounts() {
	}

	public static void awaitDefault(CoreV1Api core, String namespace, Duration timeout)
			throws ApiException, InterruptedException {
		try {
			Poll.until("the default service account of " + namespace, timeout, Duration.ofMillis(50), () -> {
				try {
					core.readNamespacedServiceAccount("default", namespace).execute();
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
}
