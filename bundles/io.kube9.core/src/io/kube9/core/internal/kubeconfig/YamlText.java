package io.kube9.core.internal.kubeconfig;

import java.io.StringReader;

import org.eclipse.osgi.util.NLS;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * YAML text together with its node tree (composed, not constructed, so every node knows where it is), and the
 * conversions from the tree's marks to offsets in the text.
 */
public final class YamlText {

	private final String text;
	private final Node root;
	private final boolean surrogates;

	private YamlText(String text, Node root) {
		this.text = text;
		this.root = root;
		this.surrogates = text.length() != text.codePointCount(0, text.length());
	}

	/** @throws KubeconfigEditException when the text is not one valid YAML document */
	public static YamlText parse(String text) throws KubeconfigEditException {
		try {
			return new YamlText(text, KubeconfigYaml.newYaml().compose(new StringReader(text)));
		} catch (RuntimeException e) {
			throw new KubeconfigEditException(NLS.bind(KubeconfigMessages.edit_notYaml, KubeconfigYaml.describe(e)));
		}
	}

	public String text() {
		return text;
	}

	/** The document's root node, or null when the text holds no document (empty, or comments only). */
	public Node root() {
		return root;
	}

	/** The offset in {@link #text()} of a mark (SnakeYAML counts code points, Java strings count chars). */
	public int offset(Mark mark) {
		return surrogates ? text.offsetByCodePoints(0, mark.getIndex()) : mark.getIndex();
	}

	/** The line break the file uses, so an inserted line matches its neighbours. */
	public String lineBreak() {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}

	/** The offset just past the line break of the line holding {@code offset}, or the text's end. */
	public int nextLineStart(int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}

	/** The offset where the line holding {@code offset} starts. */
	public int lineStart(int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}
}
