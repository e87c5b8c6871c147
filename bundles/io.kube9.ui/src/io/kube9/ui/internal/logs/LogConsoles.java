package io.kube9.ui.internal.logs;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;

import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogService;

/** Finds or adds the console of a log request in the Console view, and brings it to the front. */
public final class LogConsoles {

	private LogConsoles() {
	}

	/** On the UI thread: the console of this request, streaming (restarted when it had ended). */
	public static LogConsole show(LogRequest request, LogService logs) {
		LogConsole console = open(request);
		console.start(logs);
		return console;
	}

	/** On the UI thread: the console of this request in front, found or added, its stream not (re)started. */
	public static LogConsole open(LogRequest request) {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		LogConsole console = find(request);
		if (console == null) {
			console = new LogConsole(request);
			manager.addConsoles(new IConsole[] { console });
		}
		manager.showConsoleView(console);
		return console;
	}

	/** The console showing this request, or null. */
	public static LogConsole find(LogRequest request) {
		for (IConsole console : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
			if (console instanceof LogConsole log && log.request().equals(request)) {
				return log;
			}
		}
		return null;
	}
}
