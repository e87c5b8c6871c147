package io.kube9.preferences.internal.logs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

import io.kube9.preferences.internal.PreferenceKeys;

/** The log settings' defaults. */
public class LogPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER).putInt(LogPreferenceKeys.TAIL_LINES,
				LogPreferenceKeys.DEFAULT_TAIL_LINES);
	}
}
