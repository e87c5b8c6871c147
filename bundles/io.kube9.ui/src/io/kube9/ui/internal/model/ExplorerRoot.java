package io.kube9.ui.internal.model;

import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;

/** The explorer's input: the invisible root whose children are the clusters. It carries the explorer's model. */
public final class ExplorerRoot extends PlatformObject {

	private final ExplorerModel model;

	public ExplorerRoot(ExplorerModel model) {
		this.model = Objects.requireNonNull(model);
	}

	public ExplorerModel model() {
		return model;
	}

	@Override
	public String toString() {
		return "ExplorerRoot";
	}
}
