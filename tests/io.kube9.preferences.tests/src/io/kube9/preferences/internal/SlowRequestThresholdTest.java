package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import io.kube9.core.Settings;

/** The slow-request threshold is a preference in milliseconds, 2 s by default; a value ≤ 0 keeps the default. */
class SlowRequestThresholdTest {

	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);

	@AfterEach
	void restoreDefaults() throws BackingStoreException {
		preferences.remove(PreferenceKeys.SLOW_REQUEST_THRESHOLD_MILLIS);
		preferences.flush();
	}

	@Test
	void theDefaultIsTwoSeconds() {
		assertEquals(Duration.ofSeconds(2), PreferenceSettings.read().slowRequestThreshold());
		assertEquals(Settings.DEFAULT_SLOW_REQUEST_THRESHOLD, Settings.defaults().slowRequestThreshold());
	}

	@Test
	void theValueIsReadAsMilliseconds() {
		preferences.putInt(PreferenceKeys.SLOW_REQUEST_THRESHOLD_MILLIS, 750);
		assertEquals(Duration.ofMillis(750), PreferenceSettings.read().slowRequestThreshold());
	}

	@Test
	void aValueBelowOneKeepsTheDefault() {
		preferences.putInt(PreferenceKeys.SLOW_REQUEST_THRESHOLD_MILLIS, 0);
		assertEquals(Duration.ofSeconds(2), PreferenceSettings.read().slowRequestThreshold());
	}
}
