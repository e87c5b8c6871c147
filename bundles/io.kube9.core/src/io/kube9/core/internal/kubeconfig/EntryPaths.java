package io.kube9.core.internal.kubeconfig;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Makes the file references of cluster and user entries absolute against the directory of the file that defines
 * the entry, as kubectl does; a reference that is already absolute stays as written.
 */
public final class EntryPaths {

	public static final String CERTIFICATE_AUTHORITY = "certificate-authority";
	public static final String CLIENT_CERTIFICATE = "client-certificate";
	public static final String CLIENT_KEY = "client-key";
	public static final String TOKEN_FILE = "tokenFile";
	public static final String EXEC = "exec";
	public static final String COMMAND = "command";

	private EntryPaths() {
	}

	/** Resolves {@code certificate-authority} in a mutable cluster body. */
	public static void resolveCluster(Map<String, Object> cluster, Path directory) {
		resolve(cluster, CERTIFICATE_AUTHORITY, directory);
	}

	/**
	 * Resolves {@code client-certificate}, {@code client-key}, {@code tokenFile} and an exec {@code command} that
	 * names a path (one without a separator is looked up on PATH, so it stays) in a mutable user body.
	 */
	public static void resolveUser(Map<String, Object> user, Path directory) {
		resolve(user, CLIENT_CERTIFICATE, directory);
		resolve(user, CLIENT_KEY, directory);
		resolve(user, TOKEN_FILE, directory);
		if (user.get(EXEC) instanceof Map<?, ?> exec) {
			@SuppressWarnings("unchecked")
			Map<String, Object> body = (Map<String, Object>) exec;
			String command = YamlValues.string(body, COMMAND);
			if (command != null && (command.indexOf('/') >= 0 || command.indexOf(File.separatorChar) >= 0)) {
				resolve(body, COMMAND, directory);
			}
		}
	}

	private static void resolve(Map<String, Object> body, String key, Path directory) {
		String value = YamlValues.string(body, key);
		if (value == null || value.isEmpty()) {
			return;
		}
		try {
			Path path = Path.of(value);
			if (!path.isAbsolute()) {
				body.put(key, directory.resolve(path).normalize().toString());
			}
		} catch (InvalidPathException e) {
			// Left as written; the existence check reports it.
		}
	}
}
