package io.kube9.ui.internal.tree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.kube9.core.kubeconfig.Kubeconfig;
import io.kube9.core.kubeconfig.KubeconfigProblem;
import io.kube9.ui.internal.tree.KubeconfigNoticeNode.Situation;

/**
 * What the explorer shows at its top level for a kubeconfig: the problems of its files first (they explain what
 * is missing), then one cluster per context, or a notice when there is no context at all.
 */
public final class RootLayout {

	private RootLayout() {
	}

	public static List<Object> children(Kubeconfig kubeconfig) {
		List<Object> children = new ArrayList<>();
		for (KubeconfigProblem problem : kubeconfig.problems()) {
			if (problem.context() == null) {
				children.add(new KubeconfigProblemNode(problem));
			}
		}
		kubeconfig.contexts().forEach(context -> children.add(new ClusterNode(context.name())));
		if (kubeconfig.contexts().isEmpty()) {
			children.add(notice(kubeconfig));
		}
		return children;
	}

	private static KubeconfigNoticeNode notice(Kubeconfig kubeconfig) {
		Set<Path> skipped = kubeconfig.problems().stream().filter(KubeconfigProblem::fileSkipped)
				.map(KubeconfigProblem::file).collect(Collectors.toSet());
		List<Path> searched = kubeconfig.searched();
		Situation situation;
		if (kubeconfig.files().isEmpty()) {
			situation = Situation.NO_KUBECONFIG;
		} else if (skipped.containsAll(kubeconfig.files())) {
			situation = Situation.NOTHING_READABLE;
		} else {
			situation = Situation.NO_CONTEXTS;
		}
		return new KubeconfigNoticeNode(situation, searched);
	}
}
