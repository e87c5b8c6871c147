package io.kube9.core.status;

/** Whether ArgoCD is installed, judged by its CRD applications.argoproj.io. */
public enum ArgoCdPresence {
	INSTALLED, NOT_INSTALLED,
	/** The CRD could not be looked up (no permission, no connection). */
	UNKNOWN;
}
