package io.kube9.ui.internal.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeconfigProblem;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.NodeTexts;

/**
 * Writes failed loads to the Error Log, each once: the same failure of the same node is not logged again until
 * the node loaded successfully in between. Never a dialog.
 */
final class FailureLog {

	private static final String BUNDLE = "io.kube9.ui";

	private final ILog log = ILog.of(FailureLog.class);
	private final Map<ExplorerNode, String> logged = new ConcurrentHashMap<>();
	private final Set<KubeconfigProblem> problems = ConcurrentHashMap.newKeySet();

	void failed(ExplorerNode node, KubeException failure) {
		String key = failure.kind() + ": " + failure.getMessage();
		if (key.equals(logged.put(node, key))) {
			return;
		}
		String message = NLS.bind(Messages.log_loadFailed,
				new Object[] { NodeTexts.path(node), failure.getMessage(), failure.detail() });
		// Classified failures explain themselves; only a defect needs its stack trace.
		Throwable cause = failure.kind() == ErrorKind.UNKNOWN ? failure.getCause() : null;
		log.log(new Status(IStatus.WARNING, BUNDLE, message, cause));
	}

	void succeeded(ExplorerNode node) {
		logged.remove(node);
	}

	void kubeconfigProblems(List<KubeconfigProblem> current) {
		for (KubeconfigProblem problem : current) {
			if (problems.add(problem)) {
				log.log(new Status(IStatus.WARNING, BUNDLE,
						NLS.bind(Messages.log_kubeconfigProblem, problem.file(), problem.message())));
			}
		}
	}
}
