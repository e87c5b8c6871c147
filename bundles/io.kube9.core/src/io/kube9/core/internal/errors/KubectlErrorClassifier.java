package io.kube9.core.internal.errors;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;

/** Classifies a failed kubectl run by what it wrote to stderr, into the same kinds as the API client's failures. */
public final class KubectlErrorClassifier {

	private record Rule(Pattern pattern, ErrorKind kind) {
	}

	/**
	 * First match wins: credential plugin failures mention other words too, so they come first; a TLS handshake
	 * that times out is a timeout.
	 */
	private static final List<Rule> RULES = List.of(
			rule("getting credentials|exec plugin|executable .* not found|credential plugin", ErrorKind.CREDENTIAL_PLUGIN),
			rule("context .* does not exist|error loading config|invalid configuration|no configuration has been provided"
					+ "|unable to read client-(cert|key)|unable to read certificate-authority|no such file",
					ErrorKind.KUBECONFIG),
			rule("\\(unauthorized\\)|must be logged in|401 unauthorized", ErrorKind.AUTHENTICATION),
			rule("\\(forbidden\\)|is forbidden|403 forbidden", ErrorKind.PERMISSION),
			rule("apply failed with \\d+ conflicts?|\\(conflict\\)|the object has been modified", ErrorKind.CONFLICT),
			rule("\\(invalid\\)| is invalid|field is immutable|admission webhook|denied the request|error validating"
					+ "|no matches for kind|\\(badrequest\\)", ErrorKind.INVALID),
			rule("\\(expired\\)|\\(gone\\)|410 gone|continue parameter is too old|too old resource version",
					ErrorKind.EXPIRED),
			rule("\\(notfound\\)|not found|doesn't have a resource type|the server could not find", ErrorKind.NOT_FOUND),
			rule("no such host|server misbehaving|name or service not known|could not resolve", ErrorKind.DNS),
			rule("connection refused|connect: no route to host", ErrorKind.REFUSED),
			rule("i/o timeout|timeout|deadline exceeded|timed out", ErrorKind.TIMEOUT),
			rule("x509:|tls:|certificate|handshake", ErrorKind.TLS),
			rule("\\(internalerror\\)|\\(serviceunavailable\\)|internal error|service unavailable|bad gateway",
					ErrorKind.SERVER));

	private KubectlErrorClassifier() {
	}

	public static KubeException classify(int exitCode, String stderr, String context) {
		String text = stderr == null ? "" : stderr.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		for (Rule rule : RULES) {
			if (rule.pattern().matcher(lower).find()) {
				return rule.kind() == ErrorKind.SERVER ? Errors.server(500, context, text, null)
						: Errors.of(rule.kind(), context, text);
			}
		}
		return Errors.of(ErrorKind.UNKNOWN, context,
				NLS.bind(Messages.kubectlExited, exitCode, text.isEmpty() ? "" : ": " + text));
	}

	private static Rule rule(String regex, ErrorKind kind) {
		return new Rule(Pattern.compile(regex), kind);
	}
}
