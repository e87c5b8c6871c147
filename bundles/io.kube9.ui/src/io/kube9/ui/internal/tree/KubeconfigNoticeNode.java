package io.kube9.ui.internal.tree;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the explorer shows instead of an empty tree: why there is no context, where it looked, and (through
 * double-click or its context menu) the way to the preferences.
 */
public final class KubeconfigNoticeNode extends KubeconfigNode {

	/** Why no context shows. */
	public enum Situation {
		/** None of the files looked for exists. */
		NO_KUBECONFIG,
		/** Files were read, and none defines a context. */
		NO_CONTEXTS,
		/** Every file looked for exists but cannot be read or parsed. */
		NOTHING_READABLE;
	}

	private final Situation situation;
	private final List<Path> searched;

	/** @param searched the files looked for, in order */
	public KubeconfigNoticeNode(Situation situation, List<Path> searched) {
		this.situation = Objects.requireNonNull(situation);
		this.searched = List.copyOf(searched);
	}

	public Situation situation() {
		return situation;
	}

	public List<Path> searched() {
		return searched;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KubeconfigNoticeNode node && node.situation == situation
				&& node.searched.equals(searched);
	}

	@Override
	public int hashCode() {
		return Objects.hash(situation, searched);
	}

	@Override
	public String toString() {
		return "KubeconfigNoticeNode[" + situation + ", " + searched + "]";
	}
}
