package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts etcd and kube-apiserver for one cluster directory and stops them again. Knows processes and files
 * only; users, RBAC and seed data are applied through the API by the callers.
 */
public final class ClusterLauncher {

	/** Free ports are picked before the servers bind them; another process can win that race. */
	private static final int ATTEMPTS = 3;
	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	private ClusterLauncher() {
	}

	/** Wipes the directory and starts a new cluster whose processes die with the owner. */
	public static ClusterState start(ClusterFiles files, Path binDir, RecordedProcess owner)
			throws IOException, InterruptedException {
		Instant begin = Instant.now();
		Directories.deleteRecursively(files.directory());
		Files.createDirectories(files.directory());
		try {
			ClusterPki.generate(files);
		} catch (GeneralSecurityException e) {
			throw new IOException("Cannot generate the cluster certificates", e);
		}
		Tokens.generate().write(files.tokens());
		ClusterState state = ClusterState.create(files, owner);
		state.save();

		EtcdProcess.Started etcd = null;
		for (int attempt = 1; etcd == null; attempt++) {
			try {
				etcd = EtcdProcess.start(binDir, files, owner.pid());
			} catch (StartFailure e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
				Directories.deleteRecursively(files.etcdData());
			}
		}
		state.etcd(etcd);
		state.save();
		Instant etcdReady = Instant.now();

		ApiServerProcess.Started apiServer = null;
		for (int attempt = 1; apiServer == null; attempt++) {
			try {
				apiServer = ApiServerProcess.start(binDir, files, etcd.clientPort(), owner.pid());
			} catch (StartFailure e) {
				if (attempt == ATTEMPTS) {
					stop(state);
					throw e;
				}
			}
		}
		state.apiServer(apiServer);
		state.save();
		Instant now = Instant.now();
		Log.info("etcd and kube-apiserver ready on 127.0.0.1:%d after %s (certificates and etcd %s, kube-apiserver %s; %s)",
				apiServer.port(), Log.seconds(Duration.between(begin, now)), Log.seconds(Duration.between(begin, etcdReady)),
				Log.seconds(Duration.between(etcdReady, now)), files.directory());
		return state;
	}

	/** Stops every process the state records. Returns true when none is left running. */
	public static boolean stop(ClusterState state) {
		return state.stopProcesses(STOP_GRACE);
	}
}
