package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where one cluster keeps its files: certificates, tokens, component kubeconfigs, etcd data, kwok's
 * configuration, what the simulated pods show (container logs, the exec sandbox), logs and its state record.
 */
public final class ClusterFiles {

	private final Path directory;

	public ClusterFiles(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	public Path directory() {
		return directory;
	}

	public Path state() {
		return directory.resolve("state.properties");
	}

	public Path pki() {
		return directory.resolve("pki");
	}

	public Path caCertificate() {
		return pki().resolve("ca.crt");
	}

	public Path servingCertificate() {
		return certificate("serving");
	}

	public Path servingKey() {
		return key("serving");
	}

	public Path adminCertificate() {
		return certificate("admin");
	}

	public Path adminKey() {
		return key("admin");
	}

	public Path serviceAccountKey() {
		return pki().resolve("sa.key");
	}

	public Path serviceAccountPublicKey() {
		return pki().resolve("sa.pub");
	}

	/** A component's certificate (client or serving), e.g. pki/kube-scheduler.crt. */
	public Path certificate(String name) {
		return pki().resolve(name + ".crt");
	}

	public Path key(String name) {
		return pki().resolve(name + ".key");
	}

	/** The kubeconfig a component connects with (its own client certificate). */
	public Path kubeconfig(String component) {
		return directory.resolve("kubeconfigs").resolve(component + ".kubeconfig");
	}

	/** kwok's work directory (KWOK_WORKDIR), so it never reads ~/.kwok. */
	public Path kwokWorkDirectory() {
		return directory.resolve("kwok");
	}

	/** Stages and debugging resources (logs, exec, port-forward) kwok reads once at start. */
	public Path kwokConfiguration() {
		return kwokWorkDirectory().resolve("config.yaml");
	}

	/** The container log files kwok serves. */
	public Path podLogs() {
		return directory.resolve("pod-logs");
	}

	/** The folder a shell opened with exec runs in. */
	public Path sandbox() {
		return directory.resolve("sandbox");
	}

	/** The processes the watchdog stops when the owner is gone: "pid start-ticks" lines. */
	public Path watchdogList() {
		return directory.resolve("watchdog.list");
	}

	public Path tokens() {
		return directory.resolve("tokens.csv");
	}

	public Path etcdData() {
		return directory.resolve("etcd");
	}

	public Path logs() {
		return directory.resolve("logs");
	}

	public Path log(String name) {
		return logs().resolve(name + ".log");
	}

	/** Writes a file only its owner can read: keys, tokens, kubeconfigs. */
	public static void writePrivate(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.deleteIfExists(file);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.write(file, content);
	}
}
