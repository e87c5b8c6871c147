package io.kube9.tests.cluster.internal;

import java.util.List;

/**
 * The processes of one test cluster: the id names its log, state entries and certificates, the binary is what
 * tests/cluster/build.sh puts into the binary directory (null for the watchdog, a shell loop).
 */
public enum Component {
	ETCD("etcd", "etcd"),
	API_SERVER("apiserver", "kube-apiserver"),
	CONTROLLER_MANAGER("controller-manager", "kube-controller-manager"),
	SCHEDULER("scheduler", "kube-scheduler"),
	KWOK("kwok", "kwok"),
	POD_BACKEND("pod-backend", "kube9-pod-backend"),
	WATCHDOG("watchdog", null);

	/**
	 * Clients of the API server first, so none of them logs a storm of errors while it goes; the API server
	 * before its storage; the watchdog last (it would stop everything anyway once the owner is gone).
	 */
	public static final List<Component> STOP_ORDER = List.of(KWOK, SCHEDULER, CONTROLLER_MANAGER, POD_BACKEND,
			API_SERVER, ETCD, WATCHDOG);

	/** The binaries build.sh provides. */
	public static final List<Component> BUILT = List.of(ETCD, API_SERVER, CONTROLLER_MANAGER, SCHEDULER, KWOK,
			POD_BACKEND);

	private final String id;
	private final String binary;

	Component(String id, String binary) {
		this.id = id;
		this.binary = binary;
	}

	public String id() {
		return id;
	}

	public String binary() {
		return binary;
	}
}
