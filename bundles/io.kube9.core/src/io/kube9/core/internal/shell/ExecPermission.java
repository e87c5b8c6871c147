package io.kube9.core.internal.shell;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AuthorizationV1Api;
import io.kubernetes.client.openapi.models.V1ResourceAttributes;
import io.kubernetes.client.openapi.models.V1SelfSubjectAccessReview;
import io.kubernetes.client.openapi.models.V1SelfSubjectAccessReviewSpec;
import io.kubernetes.client.openapi.models.V1SubjectAccessReviewStatus;

/**
 * Asks the server (SelfSubjectAccessReview) whether the user may exec into the pod before the WebSocket is
 * opened: a refused upgrade leaves client-java's streams waiting, and the answer names the missing RBAC rule.
 */
final class ExecPermission {

	private ExecPermission() {
	}

	static void check(ApiClient client, String context, String namespace, String pod) throws KubeException {
		V1SelfSubjectAccessReview review = new V1SelfSubjectAccessReview().spec(new V1SelfSubjectAccessReviewSpec()
				.resourceAttributes(new V1ResourceAttributes().verb("create").resource("pods") //$NON-NLS-1$ //$NON-NLS-2$
						.subresource("exec").namespace(namespace).name(pod))); //$NON-NLS-1$
		V1SubjectAccessReviewStatus status;
		try {
			status = new AuthorizationV1Api(client).createSelfSubjectAccessReview(review).execute().getStatus();
		} catch (ApiException | RuntimeException e) {
			return; // A server that cannot answer reviews still answers the exec itself.
		}
		if (status != null && !Boolean.TRUE.equals(status.getAllowed())) {
			throw Errors.of(ErrorKind.PERMISSION, context, ShellMessages.bind(ShellMessages.execForbidden_detail,
					new Object[] { namespace, pod, status.getReason() == null ? "" : status.getReason() })); //$NON-NLS-1$
		}
	}
}
