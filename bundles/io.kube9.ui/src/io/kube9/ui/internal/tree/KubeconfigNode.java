package io.kube9.ui.internal.tree;

import org.eclipse.core.runtime.PlatformObject;

/**
 * An item beside the clusters that is about the kubeconfig itself: it is being read, a file of it is broken, or
 * it has no context to show. Belongs to no cluster; an immutable value like every node.
 */
public abstract class KubeconfigNode extends PlatformObject {
}
