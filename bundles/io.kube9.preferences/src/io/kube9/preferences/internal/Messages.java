package io.kube9.preferences.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference page. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.preferences.internal.messages";

	public static String page_description;
	public static String backend_label;
	public static String backend_apiClient;
	public static String backend_kubectl;
	public static String fallback_label;
	public static String kubectl_label;
	public static String kubectl_notRunnable;
	public static String kubectl_checking;
	public static String job_checkKubectl;
	public static String job_applySettings;
	public static String kubeconfig_label;
	public static String kubeconfig_default;
	public static String kubeconfig_explicit;
	public static String kubeconfigFiles_label;
	public static String kubeconfigFiles_choose;
	public static String connectTimeout_label;
	public static String requestTimeout_label;
	public static String namespaceMode_label;
	public static String namespaceMode_kubeconfig;
	public static String namespaceMode_ide;
	public static String advanced_label;
	public static String pageSize_label;
	public static String operatorNamespace_label;
	public static String operatorNamespace_invalid;
	public static String cacheTimeToLive_label;
	public static String integer_range;
	public static String liveUpdates_label;
	public static String liveListingsPerCluster_label;
	public static String slowRequestThreshold_label;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
