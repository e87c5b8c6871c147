package io.kube9.core.shell;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.shell.ShellOpener;

/** Opens shells in containers over the API server's exec (WebSocket); never on the UI thread. */
public final class Shells {

	private Shells() {
	}

	/**
	 * Opens the shell with a terminal of the given size. Checks first that the pod still runs; a refused exec (RBAC)
	 * is reported by {@link ShellSession#waitForExit()}, as the server answers it after the connection is made.
	 */
	public static ShellSession open(Kube9Core core, ShellRequest request, int columns, int rows)
			throws KubeException {
		return new ShellOpener(core.clients().api(request.context())).open(request, columns, rows);
	}

	/** The pod's containers as a shell sees them (which run, why the others cannot have one); one request. */
	public static ShellTarget target(Kube9Core core, String context, String namespace, String pod)
			throws KubeException {
		return new ShellOpener(core.clients().api(context)).target(context, namespace, pod);
	}
}
