package io.kube9.preferences.internal;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

import io.kube9.core.Backend;
import io.kube9.core.NamespaceMode;
import io.kube9.core.Settings;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;

/**
 * Turns the preference node into core's settings. Values the page would refuse fall back to the defaults; cache
 * times-to-live are passed only where they differ from the kind's own.
 */
public final class PreferenceSettings {

	private PreferenceSettings() {
	}

	public static Settings read() {
		IPreferencesService preferences = Platform.getPreferencesService();
		Settings defaults = Settings.defaults();
		Backend backend = PreferenceKeys.BACKEND_KUBECTL.equals(string(preferences, PreferenceKeys.BACKEND))
				? Backend.KUBECTL
				: Backend.API_CLIENT;
		List<Path> files = new ArrayList<>();
		if (PreferenceKeys.SOURCE_EXPLICIT.equals(string(preferences, PreferenceKeys.KUBECONFIG_SOURCE))) {
			for (String file : string(preferences, PreferenceKeys.KUBECONFIG_FILES).split(File.pathSeparator)) {
				if (!file.isBlank()) {
					files.add(Path.of(file.trim()));
				}
			}
		}
		Map<String, Duration> timesToLive = new HashMap<>();
		for (ResourceKind kind : ResourceKinds.all()) {
			int seconds = integer(preferences, PreferenceKeys.cacheTimeToLive(kind), -1);
			if (seconds >= 0 && seconds != kind.timeToLive().toSeconds()) {
				timesToLive.put(kind.id(), Duration.ofSeconds(seconds));
			}
		}
		NamespaceMode namespaceMode = PreferenceKeys.NAMESPACE_IDE.equals(
				string(preferences, PreferenceKeys.NAMESPACE_MODE)) ? NamespaceMode.IDE_ONLY : NamespaceMode.KUBECONFIG;
		return new Settings(backend, preferences.getBoolean(PreferenceKeys.QUALIFIER, PreferenceKeys.KUBECTL_FALLBACK,
				defaults.kubectlFallback(), null), string(preferences, PreferenceKeys.KUBECTL_PATH), files,
				seconds(preferences, PreferenceKeys.CONNECT_TIMEOUT_SECONDS, defaults.connectTimeout()),
				seconds(preferences, PreferenceKeys.REQUEST_TIMEOUT_SECONDS, defaults.requestTimeout()), namespaceMode,
				timesToLive, positive(preferences, PreferenceKeys.PAGE_SIZE, defaults.pageSize()),
				string(preferences, PreferenceKeys.OPERATOR_NAMESPACE),
				preferences.getBoolean(PreferenceKeys.QUALIFIER, PreferenceKeys.LIVE_UPDATES, defaults.liveUpdates(), null),
				positive(preferences, PreferenceKeys.LIVE_LISTINGS_PER_CLUSTER, defaults.liveListingsPerCluster()),
				milliseconds(preferences, PreferenceKeys.SLOW_REQUEST_THRESHOLD_MILLIS, defaults.slowRequestThreshold()));
	}

	private static String string(IPreferencesService preferences, String key) {
		return preferences.getString(PreferenceKeys.QUALIFIER, key, "", null);
	}

	private static int integer(IPreferencesService preferences, String key, int fallback) {
		return preferences.getInt(PreferenceKeys.QUALIFIER, key, fallback, null);
	}

	private static int positive(IPreferencesService preferences, String key, int fallback) {
		int value = integer(preferences, key, fallback);
		return value > 0 ? value : fallback;
	}

	private static Duration milliseconds(IPreferencesService preferences, String key, Duration fallback) {
		int millis = integer(preferences, key, (int) fallback.toMillis());
		return millis > 0 ? Duration.ofMillis(millis) : fallback;
	}

	private static Duration seconds(IPreferencesService preferences, String key, Duration fallback) {
		int seconds = integer(preferences, key, (int) fallback.toSeconds());
		return seconds > 0 ? Duration.ofSeconds(seconds) : fallback;
	}
}
