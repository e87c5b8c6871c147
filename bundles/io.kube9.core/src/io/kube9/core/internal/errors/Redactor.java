package io.kube9.core.internal.errors;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it reaches a message, a log or the screen: bearer tokens, JWTs, values
 * of credential-like keys, and every credential value core has seen (registered when it was read).
 */
public final class Redactor {

	public static final String MASK = "***";

	private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
	private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
	private static final Pattern CREDENTIAL_KEY_VALUE = Pattern.compile(
			"(?i)(\"?(?:token|password|passwd|secret|client-key-data|clientKeyData|id-token|refresh-token|access-token"
					+ "|access_token|refresh_token|id_token)\"?\\s*[:=]\\s*)\"?[^\\s\",}]+\"?");

	private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

	private Redactor() {
	}

	/** Remembers a credential value so that it is masked wherever it later appears. */
	public static void register(String credential) {
		if (credential != null && credential.length() >= 6) {
			KNOWN.add(credential);
		}
	}

	public static String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text == null ? "" : text;
		}
		String result = text;
		for (String credential : KNOWN) {
			if (result.contains(credential)) {
				result = result.replace(credential, MASK);
			}
		}
		result = BEARER.matcher(result).replaceAll("$1" + MASK);
		result = JWT.matcher(result).replaceAll(MASK);
		return CREDENTIAL_KEY_VALUE.matcher(result).replaceAll("$1" + MASK);
	}
}
