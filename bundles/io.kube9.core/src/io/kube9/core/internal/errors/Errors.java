package io.kube9.core.internal.errors;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;

/** Builds classified exceptions with the message and action that belong to their kind. */
public final class Errors {

	private Errors() {
	}

	public static KubeException of(ErrorKind kind, String context, String detail, Throwable cause) {
		return new KubeException(kind, context, message(kind, detail), action(kind), Redactor.redact(detail), cause);
	}

	public static KubeException of(ErrorKind kind, String context, String detail) {
		return of(kind, context, detail, null);
	}

	/** A failure of the Java client itself, which kubectl may not have ({@link ClientSideFailure}). */
	public static KubeException clientSide(ErrorKind kind, String context, String detail, Throwable cause) {
		return new ClientSideFailure(kind, context, message(kind, detail), action(kind), Redactor.redact(detail), cause);
	}

	/** The same failure, made by the Java client itself ({@link ClientSideFailure}). */
	public static KubeException clientSide(KubeException failure) {
		return failure instanceof ClientSideFailure ? failure
				: new ClientSideFailure(failure.kind(), failure.context(), failure.getMessage(), failure.action(),
						failure.detail(), failure.getCause());
	}

	/**
	 * The API client's failure with what kubectl said when it was tried next, as a second line of the detail: the
	 * client's classification is the one shown, kubectl's complaint (maybe about another file) only explains.
	 */
	public static KubeException withFallbackFailure(KubeException failure, KubeException kubectl) {
		String kubectlLine = NLS.bind(Messages.fallback_alsoFailed, kubectl.getMessage(),
				kubectl.detail().isEmpty() ? "" : ": " + kubectl.detail());
		String detail = failure.detail().isEmpty() ? kubectlLine : failure.detail() + "\n" + kubectlLine;
		KubeException combined = new KubeException(failure.kind(), failure.context(), failure.getMessage(),
				failure.action(), detail, failure.getCause());
		combined.addSuppressed(kubectl);
		return combined;
	}

	/** A server error keeps its status code in the message. */
	public static KubeException server(int status, String context, String detail, Throwable cause) {
		return new KubeException(ErrorKind.SERVER, context, NLS.bind(Messages.server_message, status),
				Messages.server_action, Redactor.redact(detail), cause);
	}

	private static String message(ErrorKind kind, String detail) {
		return switch (kind) {
		case AUTHENTICATION -> Messages.authentication_message;
		case PERMISSION -> Messages.permission_message;
		case NOT_FOUND -> Messages.notFound_message;
		case TIMEOUT -> Messages.timeout_message;
		case SERVER -> NLS.bind(Messages.server_message, "5xx");
		case REFUSED -> Messages.refused_message;
		case DNS -> Messages.dns_message;
		case TLS -> Messages.tls_message;
		case CREDENTIAL_PLUGIN -> Messages.credentialPlugin_message;
		case KUBECONFIG -> Messages.kubeconfig_message;
		case KUBECTL -> Messages.kubectl_message;
		case UNKNOWN -> Messages.unknown_message;
		case EXPIRED -> Messages.expired_message;
		case CONFLICT -> Messages.conflict_message;
		case INVALID -> Messages.invalid_message;
		};
	}

	private static String action(ErrorKind kind) {
		return switch (kind) {
		case AUTHENTICATION -> Messages.authentication_action;
		case PERMISSION -> Messages.permission_action;
		case NOT_FOUND -> Messages.notFound_action;
		case TIMEOUT -> Messages.timeout_action;
		case SERVER -> Messages.server_action;
		case REFUSED -> Messages.refused_action;
		case DNS -> Messages.dns_action;
		case TLS -> Messages.tls_action;
		case CREDENTIAL_PLUGIN -> Messages.credentialPlugin_action;
		case KUBECONFIG -> Messages.kubeconfig_action;
		case KUBECTL -> Messages.kubectl_action;
		case UNKNOWN -> Messages.unknown_action;
		case EXPIRED -> Messages.expired_action;
		case CONFLICT -> Messages.conflict_action;
		case INVALID -> Messages.invalid_action;
		};
	}
}
