package io.kube9.ui.internal.logs;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.logs.LogNotice;
import io.kube9.core.logs.LogTarget;

/** How logs, their notices and their containers are worded. */
final class LogTexts {

	private LogTexts() {
	}

	static String notice(LogNotice notice) {
		return NLS.bind(LogUiMessages.notice_line, notice.message());
	}

	static String endedName(String title) {
		return NLS.bind(LogUiMessages.console_ended, title);
	}

	/** "pod / container", with its role when it is not a regular container. */
	static String target(LogTarget target) {
		String base = NLS.bind(LogUiMessages.target_label, target.pod(), target.container());
		return switch (target.role()) {
		case INIT -> NLS.bind(LogUiMessages.target_init, base);
		case EPHEMERAL -> NLS.bind(LogUiMessages.target_ephemeral, base);
		case CONTAINER -> base;
		};
	}
}
