package io.kube9.core.internal.shell;

import java.util.List;

/** The command a shell request runs. */
final class ShellCommands {

	/** bash where the container has it, else sh; sh is what every image with a shell has. */
	static final List<String> DEFAULT = List.of("sh", "-c", //$NON-NLS-1$ //$NON-NLS-2$
			"if command -v bash >/dev/null 2>&1; then exec bash; fi; exec sh"); //$NON-NLS-1$

	private ShellCommands() {
	}

	static String[] of(List<String> requested) {
		return (requested.isEmpty() ? DEFAULT : requested).toArray(String[]::new);
	}
}
