package io.kube9.preferences.internal;

import java.util.function.Consumer;

import io.kube9.core.Settings;
import io.kube9.core.SettingsProvider;

/**
 * Core's settings, from the preferences (through core's settings-provider extension point): read at once, and
 * republished after every change, so that nothing needs a restart.
 */
public class PreferencesSettingsProvider implements SettingsProvider {

	@Override
	public Settings current() {
		return SettingsPublisher.get().current();
	}

	/** Told once per change of the preferences (one OK of the page is one change), never on the UI thread. */
	@Override
	public void addListener(Consumer<Settings> listener) {
		SettingsPublisher.get().addListener(listener);
	}
}
