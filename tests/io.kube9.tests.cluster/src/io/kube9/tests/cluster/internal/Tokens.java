package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The static bearer tokens kube-apiserver knows (--token-auth-file). Random per cluster, kept in a file only
 * the owner can read; later JVMs read them back from there.
 */
public record Tokens(String viewer, String restricted) {

	public static final String VIEWER_USER = "viewer";
	public static final String RESTRICTED_USER = "restricted";
	/** Group of the token users, so RBAC could bind them as a group too. */
	public static final String GROUP = "kube9:test-users";

	private static final SecureRandom RANDOM = new SecureRandom();

	public static Tokens generate() {
		return new Tokens(random(), random());
	}

	/** A token of the right shape that the server does not know: it answers 401. */
	public static String unknown() {
		return random();
	}

	private static String random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Lines of the form token,user,uid,"group1,group2". */
	public void write(Path file) throws IOException {
		String csv = line(viewer, VIEWER_USER) + line(restricted, RESTRICTED_USER);
		ClusterFiles.writePrivate(file, csv.getBytes(StandardCharsets.UTF_8));
	}

	private static String line(String token, String user) {
		return token + "," + user + ",kube9-test-" + user + ",\"" + GROUP + "\"\n";
	}

	public static Tokens read(Path file) throws IOException {
		Map<String, String> byUser = new HashMap<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (String line : lines) {
			String[] fields = line.split(",", 3);
			if (fields.length == 3) {
				byUser.put(fields[1], fields[0]);
			}
		}
		if (!byUser.containsKey(VIEWER_USER) || !byUser.containsKey(RESTRICTED_USER)) {
			throw new IOException("Incomplete token file " + file);
		}
		return new Tokens(byUser.get(VIEWER_USER), byUser.get(RESTRICTED_USER));
	}

	@Override
	public String toString() {
		return "Tokens[hidden]";
	}
}
