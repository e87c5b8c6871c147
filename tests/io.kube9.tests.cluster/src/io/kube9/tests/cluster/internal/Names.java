package io.kube9.tests.cluster.internal;

import java.util.Random;

/**
 * Generated-looking name suffixes (the alphabet Kubernetes uses for them), derived from a seed string so the
 * seeded names are known in advance and tests can compare listings exactly.
 */
public final class Names {

	private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

	private Names() {
	}

	public static String suffix(String seed, int length) {
		Random random = new Random(seed.hashCode());
		StringBuilder suffix = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return suffix.toString();
	}
}
