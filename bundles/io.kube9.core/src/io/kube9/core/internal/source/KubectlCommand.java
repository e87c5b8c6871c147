package io.kube9.core.internal.source;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.internal.errors.Errors;

/**
 * A kubectl command line that reads what core read: the configured kubectl found on the search path, the context,
 * one explicit kubeconfig file by {@code --kubeconfig} (kubectl takes no more), else the merged list as
 * {@code KUBECONFIG}. Every kubectl process core starts (reads, logs, port-forwards) is set up here.
 *
 * @param kubectl     the executable found
 * @param command     the whole command line, executable first
 * @param environment what to add to the process's environment
 */
public record KubectlCommand(Path kubectl, List<String> command, Map<String, String> environment) {

	public KubectlCommand {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

	/**
	 * @param files     the kubeconfig files core loaded that kubectl can load
	 * @param arguments kubectl's arguments, {@code --context} and the kubeconfig excluded
	 * @throws KubeException (KUBECTL) when kubectl is not found
	 */
	public static KubectlCommand of(Settings settings, List<Path> files, Executables executables, String context,
			List<String> arguments) throws KubeException {
		String configured = settings.kubectlPath().isEmpty() ? "kubectl" : settings.kubectlPath(); //$NON-NLS-1$
		Path kubectl = executables.find(configured).orElseThrow(() -> Errors.of(ErrorKind.KUBECTL, context,
				NLS.bind(SourceMessages.kubectl_notFound, configured, executables.searchPath().size())));
		List<String> command = new ArrayList<>();
		command.add(kubectl.toString());
		command.addAll(arguments);
		command.addAll(List.of("--context", context)); //$NON-NLS-1$
		Map<String, String> environment = new HashMap<>();
		environment.put("PATH", executables.pathVariable()); //$NON-NLS-1$
		List<Path> explicit = settings.kubeconfigFiles();
		if (explicit.size() == 1) {
			command.addAll(List.of("--kubeconfig", explicit.get(0).toString())); //$NON-NLS-1$
		} else if (!files.isEmpty()) {
			environment.put("KUBECONFIG", //$NON-NLS-1$
					String.join(File.pathSeparator, files.stream().map(Path::toString).toList()));
		}
		return new KubectlCommand(kubectl, command, environment);
	}

	/** A builder for a long-running process (the caller reads its outputs). */
	public ProcessBuilder processBuilder() {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		return builder;
	}
}
