package io.kube9.core.internal.errors;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;

/**
 * A failure of the Java client itself, not of the cluster, the network or the credentials: a TLS or
 * authentication feature it lacks, or an error nobody expected inside it. kubectl may succeed where it failed,
 * so this, and only this, is worth the kubectl fallback.
 */
public final class ClientSideFailure extends KubeException {

	private static final long serialVersionUID = 1L;

	ClientSideFailure(ErrorKind kind, String context, String message, String action, String detail, Throwable cause) {
		super(kind, context, message, action, detail, cause);
	}
}
