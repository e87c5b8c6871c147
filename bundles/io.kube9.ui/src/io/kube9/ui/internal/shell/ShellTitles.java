package io.kube9.ui.internal.shell;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.shell.ShellRequest;

/** The titles of a shell's view: which pod, container and cluster it runs in, and the command when one was given. */
final class ShellTitles {

	/** Words a shell reads as they are; any other is shown in single quotes. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+"); //$NON-NLS-1$

	private ShellTitles() {
	}

	static String of(ShellRequest request) {
		String where = request.container() == null ? request.pod() : request.pod() + '/' + request.container();
		if (request.command().isEmpty()) {
			return NLS.bind(ShellMessages.title, new Object[] { where, request.namespace(), request.context() });
		}
		return NLS.bind(ShellMessages.titleCommand,
				new Object[] { where, request.namespace(), request.context(), commandLine(request.command()) });
	}

	/** The view's tab: the pod, and the command when one was given. */
	static String partName(ShellRequest request) {
		return request.command().isEmpty() ? request.pod()
				: NLS.bind(ShellMessages.partNameCommand, request.pod(), commandLine(request.command()));
	}

	/** The command as it could be typed again. */
	static String commandLine(List<String> words) {
		return words.stream().map(ShellTitles::quoted).collect(Collectors.joining(" ")); //$NON-NLS-1$
	}

	private static String quoted(String word) {
		return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
