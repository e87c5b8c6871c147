package io.kube9.ui.internal.view;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;

import io.kube9.core.kubeconfig.KubeconfigProblem;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.KubeconfigNode;
import io.kube9.ui.internal.tree.KubeconfigNoticeNode;
import io.kube9.ui.internal.tree.KubeconfigProblemNode;

/** How the items about the kubeconfig itself read: in the tree, and in their tooltips. */
final class KubeconfigTexts {

	private KubeconfigTexts() {
	}

	static StyledString label(KubeconfigNode node) {
		if (node instanceof KubeconfigProblemNode problem) {
			// The problem's message names the file, the reason and the line: all the label needs.
			return new StyledString(problem.problem().message());
		}
		if (node instanceof KubeconfigNoticeNode notice) {
			StyledString text = new StyledString(situation(notice));
			text.append("  " + NLS.bind(Messages.decoration_lookedAt, paths(notice, ", ")) //$NON-NLS-1$
					+ Messages.decoration_separator + Messages.decoration_openPreferences,
					StyledString.DECORATIONS_STYLER);
			return text;
		}
		return new StyledString(Messages.node_loadingKubeconfig, StyledString.DECORATIONS_STYLER);
	}

	/** The tooltip of a kubeconfig item, or null (the placeholder has none). */
	static String toolTip(KubeconfigNode node) {
		if (node instanceof KubeconfigProblemNode problemNode) {
			KubeconfigProblem problem = problemNode.problem();
			String where = problem.line() > 0
					? NLS.bind(Messages.tooltip_kubeconfigProblemAt, new Object[] { problem.message(), problem.file(),
							problem.line(), problem.column() })
					: NLS.bind(Messages.tooltip_kubeconfigProblem, problem.message(), problem.file());
			return where + "\n\n" + (problem.fileSkipped() ? Messages.tooltip_kubeconfigFileSkipped //$NON-NLS-1$
					: Messages.tooltip_kubeconfigEntrySkipped);
		}
		if (node instanceof KubeconfigNoticeNode notice) {
			return NLS.bind(Messages.tooltip_notice, situation(notice), paths(notice, "\n")); //$NON-NLS-1$
		}
		return null; // the placeholder says all there is
	}

	private static String situation(KubeconfigNoticeNode notice) {
		return switch (notice.situation()) {
		case NO_KUBECONFIG -> Messages.notice_noKubeconfig;
		case NO_CONTEXTS -> Messages.notice_noContexts;
		case NOTHING_READABLE -> Messages.notice_nothingReadable;
		};
	}

	private static String paths(KubeconfigNoticeNode notice, String separator) {
		return notice.searched().stream().map(Path::toString).collect(Collectors.joining(separator));
	}
}
