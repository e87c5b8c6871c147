package io.kube9.ui.internal.shell;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * The command lines given to Open Shell With Command, newest first, in the bundle's dialog settings: kept for the
 * session and saved with the workspace. The settings file is read by the first call: make it off the UI thread.
 */
public final class ShellCommandHistory {

	static final int SIZE = 10;
	private static final String SECTION = "openShellWithCommand"; //$NON-NLS-1$
	private static final String COMMANDS = "commands"; //$NON-NLS-1$
	private static final String CONTAINER = "container"; //$NON-NLS-1$

	private ShellCommandHistory() {
	}

	/** The remembered command lines, newest first (the first is the last one given, possibly empty). */
	public static List<String> commands() {
		String[] saved = section().getArray(COMMANDS);
		return saved == null ? List.of() : List.of(saved);
	}

	/** The container last chosen, or null. */
	public static String container() {
		return section().get(CONTAINER);
	}

	/** Puts {@code line} first; the oldest beyond {@value #SIZE} are forgotten. */
	public static void remember(String line, String container) {
		List<String> commands = new ArrayList<>(commands());
		commands.remove(line);
		commands.add(0, line);
		IDialogSettings section = section();
		section.put(COMMANDS, commands.subList(0, Math.min(SIZE, commands.size())).toArray(String[]::new));
		section.put(CONTAINER, container);
	}

	/** Forgets every command (tests start from an empty history). */
	public static void clear() {
		section().put(COMMANDS, new String[0]);
		section().put(CONTAINER, (String) null);
	}

	private static IDialogSettings section() {
		IDialogSettings settings = PlatformUI
				.getDialogSettingsProvider(FrameworkUtil.getBundle(ShellCommandHistory.class)).getDialogSettings();
		IDialogSettings section = settings.getSection(SECTION);
		return section != null ? section : settings.addNewSection(SECTION);
	}
}
