package io.kube9.ui.internal.tree;

/** The explorer's only item while the kubeconfig files are read for the first time, in a job. */
public final class KubeconfigLoadingNode extends KubeconfigNode {

	@Override
	public boolean equals(Object other) {
		return other instanceof KubeconfigLoadingNode;
	}

	@Override
	public int hashCode() {
		return KubeconfigLoadingNode.class.hashCode();
	}

	@Override
	public String toString() {
		return "KubeconfigLoadingNode";
	}
}
