package io.kube9.core.internal.shell;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.shell.ShellRequest;
import io.kube9.core.shell.ShellSession;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1Pod;

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

	/** The container to exec in (the pod's first by default), refused early when the pod or it has ended. */
	private String runningContainer(ShellRequest request) throws KubeException {
		V1Pod pod;
		try {
			pod = new CoreV1Api(context).readNamespacedPod(request.pod(), request.namespace()).execute();
		} catch (ApiException | RuntimeException e) {
			throw ErrorClassifier.classify(e, request.context());
		}
		String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
		if ("Succeeded".equals(phase) || "Failed".equals(phase)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw ShellFailures.terminated(request.context(), request.pod(), phase);
		}
		String container = request.container() != null ? request.container()
				: pod.getSpec().getContainers().get(0).getName();
		Optional<V1ContainerStatus> status = statuses(pod).stream().filter(s -> container.equals(s.getName()))
				.findFirst();
		if (status.isPresent() && status.get().getState() != null
				&& status.get().getState().getTerminated() != null) {
			throw ShellFailures.terminated(request.context(), request.pod() + '/' + container,
					status.get().getState().getTerminated().getReason());
		}
		return container;
	}

	private static List<V1ContainerStatus> statuses(V1Pod pod) {
		if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
			return List.of();
		}
		return pod.getStatus().getContainerStatuses();
	}
}
