package io.kube9.core;

import java.util.function.Consumer;

/**
 * Where the engine's settings come from in the IDE: contributed through the extension point
 * {@code io.kube9.core.settingsProvider} (the preferences bundle does), so that core never reads another
 * bundle's preferences.
 */
public interface SettingsProvider {

	/** The settings now. */
	Settings current();

	/** Calls {@code listener} with the new settings whenever they change. */
	void addListener(Consumer<Settings> listener);
}
