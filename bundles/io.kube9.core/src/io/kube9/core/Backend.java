package io.kube9.core;

/** Which way reads reach the clusters. */
public enum Backend {
	/** The Kubernetes Java client: pooled connections, no process per request. */
	API_CLIENT,
	/** One {@code kubectl get ... -o json} process per read. */
	KUBECTL;
}
