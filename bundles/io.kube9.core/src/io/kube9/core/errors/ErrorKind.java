package io.kube9.core.errors;

/** What kind of failure happened: decides the message's wording and the action suggested to the user. */
public enum ErrorKind {
	/** HTTP 401. */
	AUTHENTICATION,
	/** HTTP 403. */
	PERMISSION,
	/** HTTP 404. */
	NOT_FOUND,
	/** HTTP 408, or a connect or read timeout. */
	TIMEOUT,
	/** HTTP 5xx. */
	SERVER,
	/** Nothing listens at the server's address and port. */
	REFUSED,
	/** The server's host name does not resolve. */
	DNS,
	/** The certificate or the TLS handshake does not match. */
	TLS,
	/** An exec credential plugin is missing, failing or too slow. */
	CREDENTIAL_PLUGIN,
	/** The kubeconfig entry itself is unusable: malformed, missing a cluster, user or file. */
	KUBECONFIG,
	/** kubectl cannot be run at all. */
	KUBECTL,
	/** Anything else; the detail says what. */
	UNKNOWN,
	/**
	 * HTTP 410 Gone: the listing expired on the server (a continue token or resourceVersion older than what etcd
	 * still keeps). Starting the listing again from its first page helps.
	 */
	EXPIRED,
	/**
	 * HTTP 409: another field manager owns what a change sets, or the object changed on the server since it was
	 * read.
	 */
	CONFLICT,
	/**
	 * What was sent is not acceptable: YAML that does not parse, a missing kind or namespace, an immutable field,
	 * a rejection by validation or admission (HTTP 400, 422).
	 */
	INVALID;
}
