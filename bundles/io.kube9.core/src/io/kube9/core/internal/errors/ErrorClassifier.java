package io.kube9.core.internal.errors;

import java.io.FileNotFoundException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kubernetes.client.openapi.ApiException;

/** Classifies what the API client threw: by HTTP status when there was an answer, else by the I/O cause. */
public final class ErrorClassifier {

	private ErrorClassifier() {
	}

	public static KubeException classify(Throwable failure, String context) {
		Throwable unwrapped = unwrap(failure);
		if (unwrapped instanceof KubeException kube) {
			return kube;
		}
		if (unwrapped instanceof ApiException api && api.getCode() > 0) {
			return byStatus(api.getCode(), context, StatusBody.message(api.getResponseBody()), api);
		}
		return byCause(unwrapped, context);
	}

	/** An HTTP answer that is not a success. */
	public static KubeException byStatus(int status, String context, String detail, Throwable cause) {
		if (status == 401) {
			return Errors.of(ErrorKind.AUTHENTICATION, context, detail, cause);
		}
		if (status == 403) {
			return Errors.of(ErrorKind.PERMISSION, context, detail, cause);
		}
		if (status == 404) {
			return Errors.of(ErrorKind.NOT_FOUND, context, detail, cause);
		}
		if (status == 409) {
			return Errors.of(ErrorKind.CONFLICT, context, detail, cause);
		}
		if (status == 400 || status == 422) {
			return Errors.of(ErrorKind.INVALID, context, detail, cause);
		}
		if (status == 410) {
			return Errors.of(ErrorKind.EXPIRED, context, detail, cause);
		}
		if (status == 408 || status == 504) {
			return Errors.of(ErrorKind.TIMEOUT, context, detail, cause);
		}
		if (status >= 500) {
			return Errors.server(status, context, detail, cause);
		}
		return Errors.of(ErrorKind.UNKNOWN, context,
				NLS.bind(Messages.httpStatus, status, detail.isEmpty() ? "" : ": " + detail),
				cause);
	}

	private static KubeException byCause(Throwable failure, String context) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			ErrorKind kind = kindOf(cause);
			if (kind == ErrorKind.TLS && !certificateRejected(failure)) {
				// A handshake the Java client could not make (protocol, cipher, key format): kubectl may.
				return Errors.clientSide(kind, context, describe(cause), failure);
			}
			if (kind != null) {
				return Errors.of(kind, context, describe(cause), failure);
			}
		}
		// Nothing the cluster or the network said: something went wrong inside the client.
		return Errors.clientSide(ErrorKind.UNKNOWN, context, describe(failure), failure);
	}

	/**
	 * Whether a TLS failure is a certificate that one side does not accept (the server's against the CA, ours
	 * against the server's): kubectl would be refused the same way.
	 */
	private static boolean certificateRejected(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CertificateException || cause instanceof CertPathValidatorException
					|| cause instanceof SSLPeerUnverifiedException) {
				return true;
			}
			String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
			if (message.contains("pkix") || message.contains("certificate") || message.contains("unknown_ca")
					|| message.contains("access_denied")) {
				return true;
			}
		}
		return false;
	}

	private static ErrorKind kindOf(Throwable cause) {
		if (cause instanceof UnknownHostException) {
			return ErrorKind.DNS;
		}
		if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
			return cause.getMessage() != null && cause.getMessage().toLowerCase().contains("timed out")
					? ErrorKind.TIMEOUT
					: ErrorKind.REFUSED;
		}
		if (cause instanceof SocketTimeoutException) {
			return ErrorKind.TIMEOUT;
		}
		if (cause instanceof InterruptedIOException && "timeout".equals(cause.getMessage())) {
			return ErrorKind.TIMEOUT; // okhttp's call timeout
		}
		if (cause instanceof SSLException || cause instanceof CertificateException) {
			return ErrorKind.TLS;
		}
		if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
			return ErrorKind.KUBECONFIG;
		}
		if (cause instanceof GeneralSecurityException) {
			return ErrorKind.TLS;
		}
		return null;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}
}
