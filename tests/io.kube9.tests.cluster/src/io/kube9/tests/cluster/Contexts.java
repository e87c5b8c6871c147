package io.kube9.tests.cluster;

import java.util.List;

/** The context names of the kubeconfig set a {@link TestCluster} writes, and what each one is for. */
public final class Contexts {

	/** Client certificate with O=system:masters: cluster admin. The current context. */
	public static final String ADMIN = "admin";
	/** Static token bound to the built-in 'view' ClusterRole: reads everything except Secrets (403 there). */
	public static final String VIEWER = "viewer";
	/** Static token with a Role and RoleBinding in {@link #RESTRICTED_NAMESPACE} only; 403 elsewhere. */
	public static final String RESTRICTED = "restricted";
	/** A token the server does not know: every request answers 401. */
	public static final String BAD_TOKEN = "badtoken";
	/** A closed loopback port: connection refused. */
	public static final String UNREACHABLE = "unreachable";
	/** A loopback port that accepts TCP but never answers: the TLS handshake runs into the read timeout. */
	public static final String BLACKHOLE = "blackhole";
	/** A server host name that does not resolve ({@link #DNS_FAIL_SERVER}). */
	public static final String DNS_FAIL = "dns-fail";
	/** An exec credential plugin (client.authentication.k8s.io/v1) that prints the viewer's token. */
	public static final String EXEC = "exec";
	/** An exec credential plugin that writes {@link #EXEC_FAILING_MESSAGE} to stderr and exits with 3. */
	public static final String EXEC_FAILING = "exec-failing";
	/** An exec credential plugin whose command does not exist ({@link #EXEC_MISSING_COMMAND}). */
	public static final String EXEC_MISSING = "exec-missing";
	/** Admin client certificate, key and CA as files referenced by paths relative to the kubeconfig. */
	public static final String RELATIVE_FILES = "relative-files";

	/** Every context, in the order they are written. */
	public static final List<String> ALL = List.of(ADMIN, VIEWER, RESTRICTED, BAD_TOKEN, UNREACHABLE, BLACKHOLE,
			DNS_FAIL, EXEC, EXEC_FAILING, EXEC_MISSING, RELATIVE_FILES);
	/** The contexts defined in the first file of the split pair (which also holds current-context). */
	public static final List<String> FIRST_FILE = ALL.subList(0, 6);
	/** The contexts defined in the second file; some use clusters and users defined only in the first. */
	public static final List<String> SECOND_FILE = ALL.subList(6, ALL.size());

	/** The only namespace {@link #RESTRICTED} may read; also that context's namespace. */
	public static final String RESTRICTED_NAMESPACE = "team-a";
	public static final String DNS_FAIL_SERVER = "https://kube9-test.invalid:6443";
	public static final String EXEC_MISSING_COMMAND = "kube9-test-no-such-credential-plugin";
	public static final String EXEC_FAILING_MESSAGE = "kube9-test: the credential helper failed: session expired, log in again";
	public static final int EXEC_FAILING_EXIT_CODE = 3;

	/** User names the API server sees (for whoami/SelfSubjectReview checks). */
	public static final String ADMIN_USER = "admin";
	public static final String VIEWER_USER = "viewer";
	public static final String RESTRICTED_USER = "restricted";

	private Contexts() {
	}
}
