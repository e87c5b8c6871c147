package io.kube9.tests.cluster;

/** The data sets a cluster can be seeded with. */
public enum Seed {
	/** {@link DemoSeed}: a small, realistic cluster (3 nodes, 8 namespaces, workloads of every kind, Argo CD). */
	DEMO,
	/** {@link LargeSeed}: many nodes, namespaces and pods, for paging and performance. */
	LARGE
}
