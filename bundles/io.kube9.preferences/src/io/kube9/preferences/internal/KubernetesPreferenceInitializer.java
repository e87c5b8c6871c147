package io.kube9.preferences.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.kube9.core.Settings;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;

/** The defaults, taken from core's so that both always agree. */
public class KubernetesPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);
		Settings settings = Settings.defaults();
		defaults.put(PreferenceKeys.BACKEND, PreferenceKeys.BACKEND_API_CLIENT);
		defaults.putBoolean(PreferenceKeys.KUBECTL_FALLBACK, settings.kubectlFallback());
		defaults.put(PreferenceKeys.KUBECTL_PATH, settings.kubectlPath());
		defaults.put(PreferenceKeys.KUBECONFIG_SOURCE, PreferenceKeys.SOURCE_DEFAULT);
		defaults.put(PreferenceKeys.KUBECONFIG_FILES, "");
		defaults.putInt(PreferenceKeys.CONNECT_TIMEOUT_SECONDS, (int) settings.connectTimeout().toSeconds());
		defaults.putInt(PreferenceKeys.REQUEST_TIMEOUT_SECONDS, (int) settings.requestTimeout().toSeconds());
		defaults.put(PreferenceKeys.NAMESPACE_MODE, PreferenceKeys.NAMESPACE_KUBECONFIG);
		defaults.putInt(PreferenceKeys.PAGE_SIZE, settings.pageSize());
		defaults.put(PreferenceKeys.OPERATOR_NAMESPACE, settings.operatorNamespace());
		defaults.putBoolean(PreferenceKeys.LIVE_UPDATES, settings.liveUpdates());
		defaults.putInt(PreferenceKeys.LIVE_LISTINGS_PER_CLUSTER, settings.liveListingsPerCluster());
		defaults.putInt(PreferenceKeys.SLOW_REQUEST_THRESHOLD_MILLIS, (int) settings.slowRequestThreshold().toMillis());
		for (ResourceKind kind : ResourceKinds.all()) {
			defaults.putInt(PreferenceKeys.cacheTimeToLive(kind), (int) kind.timeToLive().toSeconds());
		}
	}
}
