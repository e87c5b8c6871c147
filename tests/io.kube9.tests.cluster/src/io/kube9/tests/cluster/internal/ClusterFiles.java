package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Where one cluster keeps its files: certificates, tokens, etcd data, logs and its state record. */
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
		return pki().resolve("serving.crt");
	}

	public Path servingKey() {
		return pki().resolve("serving.key");
	}

	public Path adminCertificate() {
		return pki().resolve("admin.crt");
	}

	public Path adminKey() {
		return pki().resolve("admin.key");
	}

	public Path serviceAccountKey() {
		return pki().resolve("sa.key");
	}

	public Path serviceAccountPublicKey() {
		return pki().resolve("sa.pub");
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
