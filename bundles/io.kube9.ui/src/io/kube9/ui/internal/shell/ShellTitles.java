package io.kube9.ui.internal.shell;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.shell.ShellRequest;

/** The title of a shell's view: which pod, container and cluster it runs in. */
final class ShellTitles {

	private ShellTitles() {
	}

	static String of(ShellRequest request) {
		String where = request.container() == null ? request.pod() : request.pod() + '/' + request.container();
		return NLS.bind(ShellMessages.title, new Object[] { where, request.namespace(), request.context() });
	}
}
