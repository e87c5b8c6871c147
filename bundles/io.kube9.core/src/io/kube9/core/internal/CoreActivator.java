package io.kube9.core.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.kube9.core.Kube9Core;

/**
 * Closes the engine when the bundle stops (its threads, the kubeconfig watcher, pooled connections). Starts
 * nothing: the engine is made, and makes its threads, on first use only, so the bundle adds nothing to the
 * workbench's start.
 */
public final class CoreActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		// Nothing: see the class comment.
	}

	@Override
	public void stop(BundleContext context) {
		Kube9Core.closeShared();
	}
}
