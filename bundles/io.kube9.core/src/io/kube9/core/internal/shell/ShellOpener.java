package io.kube9.core.internal.shell;

import java.io.IOException;
import java.util.Optional;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.shell.ShellRequest;
import io.kube9.core.shell.ShellSession;
import io.kube9.core.shell.ShellTarget;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/** Checks the pod and the permission, then starts the exec with a TTY on a client made for long sessions. */
public final class ShellOpener {

	private final ApiClient context;

	public ShellOpener(ApiClient context) {
		this.context = context;
	}

	public ShellSession open(ShellRequest request, int columns, int rows) throws KubeException {
		String container = runningContainer(request);
		ExecPermission.check(context, request.context(), request.namespace(), request.pod());
		String[] command = ShellCommands.of(request.command());
		try {
			ExecConnection connection = ExecConnection.open(ExecClients.derive(context), request.namespace(),
					request.pod(), container, command);
			ExecShellSession session = new ExecShellSession(connection, request.context(),
					String.join(" ", command)); //$NON-NLS-1$
			session.resize(columns, rows);
			return session;
		} catch (ApiException | IOException | RuntimeException e) {
			throw ErrorClassifier.classify(e, request.context());
		}
	}

	/** The pod as a shell sees it: its containers, and why no shell can run in those that do not run. */
	public ShellTarget target(String contextName, String namespace, String pod) throws KubeException {
		try {
			return ShellTargets.of(contextName, new CoreV1Api(context).readNamespacedPod(pod, namespace).execute());
		} catch (ApiException | RuntimeException e) {
			throw ErrorClassifier.classify(e, contextName);
		}
	}

	/** The container to exec in (the first running one by default), refused early when the pod or it has ended. */
	private String runningContainer(ShellRequest request) throws KubeException {
		ShellTarget target = target(request.context(), request.namespace(), request.pod());
		Optional<ShellTarget.Container> container = request.container() == null ? target.preferred()
				: target.containers().stream().filter(c -> c.name().equals(request.container())).findFirst();
		if (container.isEmpty()) {
			throw ShellFailures.noContainer(request.context(), request.pod(), request.container());
		}
		if (!container.get().running()) {
			throw ShellFailures.notRunning(request.context(), container.get().refusal());
		}
		return container.get().name();
	}
}
