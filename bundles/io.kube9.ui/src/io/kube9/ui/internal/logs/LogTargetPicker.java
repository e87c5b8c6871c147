package io.kube9.ui.internal.logs;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;

import io.kube9.core.logs.LogTarget;

/** Asks which containers to show when there are several (init and ephemeral ones included). */
public final class LogTargetPicker {

	private LogTargetPicker() {
	}

	/** The chosen containers; empty when cancelled. One container is chosen without asking. */
	public static List<LogTarget> choose(Shell shell, List<LogTarget> targets) {
		if (targets.size() <= 1) {
			return targets;
		}
		LogTarget preselected = targets.stream().filter(target -> target.role() == LogTarget.Role.CONTAINER)
				.findFirst().orElse(targets.get(0));
		ListSelectionDialog dialog = ListSelectionDialog.of(targets).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object element) {
						return LogTexts.target((LogTarget) element);
					}
				}).message(LogUiMessages.picker_message).title(LogUiMessages.picker_title)
				.preselect(preselected).create(shell);
		if (dialog.open() != Window.OK) {
			return List.of();
		}
		return Arrays.stream(dialog.getResult()).map(LogTarget.class::cast).toList();
	}
}
