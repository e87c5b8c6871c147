package io.kube9.preferences.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.kube9.core.Settings;
import io.kube9.core.SettingsProvider;

/**
 * Publishes the preferences to core (through core's settings-provider extension point) and republishes them on
 * every change, so that nothing needs a restart.
 */
public class PreferencesSettingsProvider implements SettingsProvider {

	private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();

	public PreferencesSettingsProvider() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);
		node.addPreferenceChangeListener(event -> publish());
	}

	@Override
	public Settings current() {
		return PreferenceSettings.read();
	}

	@Override
	public void addListener(Consumer<Settings> listener) {
		listeners.add(listener);
	}

	private void publish() {
		Settings settings = current();
		listeners.forEach(listener -> listener.accept(settings));
	}
}
